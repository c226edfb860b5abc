import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from './builtInTemplates';
import { MAX_TEMPLATE_CHARS, normalizeTemplateSettings, selectedTemplate } from './templateSettings';

const mine = { id: 't-abc', name: 'Mine', body: '{{ title }}', updatedAt: 5 };

describe('stored template settings', () => {
  it('keep the reader’s templates and their choice', () => {
    const settings = normalizeTemplateSettings({ selected: 't-abc', templates: [mine] });
    expect(settings).toEqual({ selected: 't-abc', templates: [mine] });
    expect(selectedTemplate(settings).body).toBe('{{ title }}');
  });

  it('fall back to the default for anything missing, damaged or unknown', () => {
    expect(selectedTemplate(normalizeTemplateSettings(undefined)).body).toBe(DEFAULT_TEMPLATE);
    expect(normalizeTemplateSettings({ selected: 't-gone', templates: 'nope' })).toEqual({
      selected: 'default',
      templates: [],
    });
    const settings = normalizeTemplateSettings({
      selected: 'compact',
      templates: [
        mine,
        { ...mine, name: 'twice' },
        { id: '../../x', name: 'bad id', body: '' },
        { id: 't-big', name: 'huge', body: 'x'.repeat(MAX_TEMPLATE_CHARS + 1) },
        { id: 't-blank', name: '   ', body: 'b', updatedAt: 'later' },
        null,
      ],
    });
    expect(settings.selected).toBe('compact');
    expect(settings.templates).toEqual([mine, { id: 't-blank', name: 'Untitled template', body: 'b', updatedAt: 0 }]);
  });
});
