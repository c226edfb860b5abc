// Runs the actions the application menu asks for, through the same registry as the keyboard.

import { useEffect } from 'react';
import { API_GLOBAL, type SummitApi } from '../../../shared/ipc/api';
import { currentCapabilities } from './capabilities';
import { actionById } from './registry';

export function useMenuActions(): void {
  useEffect(() => {
    const api = (window as unknown as Record<string, SummitApi | undefined>)[API_GLOBAL];
    return api?.onMenuAction((actionId) => {
      const action = actionById(actionId);
      const capabilities = currentCapabilities();
      if (action?.isAvailable(capabilities)) action.run(capabilities);
    });
  }, []);
}
