// Runs the actions the application menu asks for, through the same registry as the keyboard.

import { useEffect } from 'react';
import { onMain } from '../ipc/client';
import { currentCapabilities } from './capabilities';
import { actionById } from './registry';

export function useMenuActions(): void {
  useEffect(() => {
    return onMain('menuAction', (actionId) => {
      const action = actionById(actionId);
      const capabilities = currentCapabilities();
      if (action?.isAvailable(capabilities)) action.run(capabilities);
    });
  }, []);
}
