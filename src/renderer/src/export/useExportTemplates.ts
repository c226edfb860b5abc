// The reader's export templates: read from settings when the export dialog opens, and saved back
// there (and so into backups). A save replaces the stored value only when the write succeeds.

import { useCallback, useEffect, useState } from 'react';
import {
  DEFAULT_TEMPLATE_SETTINGS,
  EXPORT_TEMPLATES_KEY,
  normalizeTemplateSettings,
  type ReaderTemplate,
  type TemplateSettings,
} from '../../../shared/export/templateSettings';
import { getSetting, setSetting } from '../storage/settings';

export interface ExportTemplates {
  settings: TemplateSettings;
  loaded: boolean;
  select: (id: string) => Promise<void>;
  save: (template: ReaderTemplate) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

export function useExportTemplates(): ExportTemplates {
  const [settings, setSettings] = useState<TemplateSettings>(DEFAULT_TEMPLATE_SETTINGS);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let current = true;
    void getSetting<unknown>(EXPORT_TEMPLATES_KEY).then((stored) => {
      if (!current) return;
      setSettings(normalizeTemplateSettings(stored));
      setLoaded(true);
    });
    return () => {
      current = false;
    };
  }, []);

  const store = useCallback(async (change: (stored: TemplateSettings) => TemplateSettings) => {
    const next = normalizeTemplateSettings(change(normalizeTemplateSettings(await getSetting(EXPORT_TEMPLATES_KEY))));
    await setSetting(EXPORT_TEMPLATES_KEY, next);
    setSettings(next);
  }, []);

  return {
    settings,
    loaded,
    select: (id) => store((stored) => ({ ...stored, selected: id })),
    save: (template) =>
      store((stored) => ({
        selected: template.id,
        templates: stored.templates.some((existing) => existing.id === template.id)
          ? stored.templates.map((existing) => (existing.id === template.id ? template : existing))
          : [...stored.templates, template],
      })),
    remove: (id) =>
      store((stored) => ({
        selected: stored.selected === id ? 'default' : stored.selected,
        templates: stored.templates.filter((template) => template.id !== id),
      })),
  };
}
