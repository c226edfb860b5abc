// The app's name and where its data lives. Like the app:// origin, these never change once shipped.

import { join } from 'node:path';
import { app } from 'electron';

export const APP_NAME = 'Summit Reader';

/** Tests point a development build at a throwaway profile through this variable; packaged builds ignore it. */
export const USER_DATA_OVERRIDE_VARIABLE = 'SUMMIT_READER_USER_DATA';

export function fixAppIdentity(): void {
  app.setName(APP_NAME);
  const override = app.isPackaged ? undefined : process.env[USER_DATA_OVERRIDE_VARIABLE];
  app.setPath('userData', override && override.trim() !== '' ? override : join(app.getPath('appData'), APP_NAME));
}

/** The bundled corpus: beside the app in development, in the resources folder once packaged. */
export function corpusDirectory(): string {
  return app.isPackaged ? join(process.resourcesPath, 'corpus') : join(app.getAppPath(), 'resources', 'corpus');
}

/** The dated PEP snapshot (resources/peps): beside the app in development, in resources once packaged. */
export function pepsDirectory(): string {
  return app.isPackaged ? join(process.resourcesPath, 'peps') : join(app.getAppPath(), 'resources', 'peps');
}

export function rendererDirectory(): string {
  return join(app.getAppPath(), 'out', 'renderer');
}
