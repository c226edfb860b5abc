// Which export template the reader uses and the templates they wrote, as kept in settings (and
// so in backups). Read defensively: a stored value from an older or newer app, or a damaged
// restore, falls back to the built-in templates rather than failing an export.

import { BUILT_IN_TEMPLATES } from './builtInTemplates';

export const EXPORT_TEMPLATES_KEY = 'exportTemplates';
/** Longer templates are refused: a template is a page of text, not a data file. */
export const MAX_TEMPLATE_CHARS = 50_000;
export const MAX_READER_TEMPLATES = 50;
const MAX_NAME_CHARS = 120;

export interface ReaderTemplate {
  id: string;
  name: string;
  body: string;
  updatedAt: number;
}

export interface TemplateSettings {
  /** The template exports use: a built-in id or one of the reader's. */
  selected: string;
  templates: ReaderTemplate[];
}

export interface TemplateChoice {
  id: string;
  name: string;
  body: string;
  builtIn: boolean;
}

export const DEFAULT_TEMPLATE_SETTINGS: TemplateSettings = { selected: 'default', templates: [] };

function readerTemplate(value: unknown): ReaderTemplate | null {
  if (!value || typeof value !== 'object') return null;
  const { id, name, body, updatedAt } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !/^t-[A-Za-z0-9-]{1,64}$/.test(id)) return null;
  if (typeof name !== 'string' || typeof body !== 'string' || body.length > MAX_TEMPLATE_CHARS) return null;
  return {
    id,
    name: name.trim().slice(0, MAX_NAME_CHARS) || 'Untitled template',
    body,
    updatedAt: typeof updatedAt === 'number' && Number.isFinite(updatedAt) ? updatedAt : 0,
  };
}

export function normalizeTemplateSettings(stored: unknown): TemplateSettings {
  const value = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const seen = new Set<string>();
  const templates = (Array.isArray(value.templates) ? value.templates : [])
    .map(readerTemplate)
    .filter((template): template is ReaderTemplate => {
      if (!template || seen.has(template.id)) return false;
      seen.add(template.id);
      return true;
    })
    .slice(0, MAX_READER_TEMPLATES);
  const choices = allTemplates({ selected: 'default', templates });
  const selected =
    typeof value.selected === 'string' && choices.some((choice) => choice.id === value.selected)
      ? value.selected
      : DEFAULT_TEMPLATE_SETTINGS.selected;
  return { selected, templates };
}

/** The built-in templates, then the reader's, as the template menu lists them. */
export function allTemplates(settings: TemplateSettings): TemplateChoice[] {
  return [
    ...BUILT_IN_TEMPLATES.map((template) => ({ ...template, builtIn: true })),
    ...settings.templates.map(({ id, name, body }) => ({ id, name, body, builtIn: false })),
  ];
}

/** The template exports use now. */
export function selectedTemplate(settings: TemplateSettings): TemplateChoice {
  const choices = allTemplates(settings);
  return choices.find((choice) => choice.id === settings.selected) ?? choices[0];
}
