// Runs the actions the application menu asks for, through the same registry as the keyboard.

import { useEffect } from 'react';
import { onMain } from '../ipc/client';
import { runAction } from './registry';

export function useMenuActions(): void {
  useEffect(() => onMain('menuAction', (actionId) => void runAction(actionId)), []);
}
