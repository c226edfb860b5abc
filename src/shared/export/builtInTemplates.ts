// The templates the app ships: the default, which writes exactly what the exporter wrote before
// templates existed (checked against test/fixtures/export-golden/), a compact list and a
// Logseq-style outline. Readers start their own from any of them.

export interface BuiltInTemplate {
  id: 'default' | 'compact' | 'logseq';
  name: string;
  body: string;
}

export const DEFAULT_TEMPLATE = `{%- comment -%}
The default: YAML frontmatter, the talk note, then each highlight as a quote or callout with its
block id, a link back, its tags and its note. Several talks in one file sit one heading level down.
{%- endcomment -%}
{%- if collection -%}
{{ frontmatter }}

# {{ title | escape_md }}

{% endif -%}
{%- for talk in talks -%}
{%- capture section -%}
{%- unless collection -%}
{{ talk.frontmatter }}

{% endunless -%}
# {{ talk.title | escape_md }}

{% if talk.speakers.size > 0 %}*{{ talk.speakers | join: ", " | escape_md }}*{% endif %}

{% if talk.note.markdown != blank %}
## Talk note

{{ talk.note.markdown }}
{% endif %}

{% if talk.highlights.size > 0 %}
## Highlights

{% for h in talk.highlights %}
{{ h.quote_markdown }}

^{{ h.block_id }}

[Open in Summit Reader]({{ h.link }})

{{ h.hashtags }}

{{ h.note_markdown }}

{% endfor %}
{% endif %}

{% if talk.orphans.size > 0 %}
## Orphaned highlights

These passages are no longer in the text of the talk.

{% for h in talk.orphans %}
{{ h.quote_markdown }}

^{{ h.block_id }}

{{ h.hashtags }}

{{ h.note_markdown }}

{% endfor %}
{% endif %}
{%- endcapture -%}
{%- if collection -%}
{{ section | shift_headings: 1 | rstrip }}

{% else -%}
{{ section }}
{%- endif -%}
{%- endfor -%}
`;

export const COMPACT_TEMPLATE = `{%- comment -%}
One line per highlight under a heading per talk: the quote, a link back, the note, the tags.
{%- endcomment -%}
# {{ title | escape_md }}

{% for talk in talks %}
## {{ talk.title | escape_md }}{% if talk.speakers.size > 0 %} ({{ talk.speakers | join: ", " | escape_md }}{% if talk.summit %}, {{ talk.summit }}{% endif %}){% endif %}

{% if talk.note.text != blank %}{{ talk.note.text | one_line | md_note }}

{% endif %}
{% for h in talk.highlights %}- “{{ h.quote | one_line | md_text }}” ([open]({{ h.link }})){% if h.note != blank %}: {{ h.note | one_line | md_note }}{% endif %}{% if h.tags.size > 0 %} {{ h.hashtags }}{% endif %}
{% endfor %}
{% for h in talk.orphans %}- “{{ h.quote | one_line | md_text }}” (no longer in the text){% if h.note != blank %}: {{ h.note | one_line | md_note }}{% endif %}{% if h.tags.size > 0 %} {{ h.hashtags }}{% endif %}
{% endfor %}
{% endfor %}`;

export const LOGSEQ_TEMPLATE = `{%- comment -%}
A Logseq outline: a block per talk with its properties, a child block per highlight with its
colour, tags, times and link as properties, and its note beneath it.
{%- endcomment -%}
{%- for talk in talks -%}
- [[{{ talk.title }}]]
  speakers:: {{ talk.speakers | join: ", " }}
  summit:: {{ talk.summit | default: "none" }}
  source:: {{ talk.source.title }}
  link:: {{ talk.link }}
{%- if talk.note.text != blank %}
  - {{ talk.note.text | strip | md_note | indent: 4 }}
{%- endif %}
{%- for h in talk.highlights %}
  - {{ h.quote | md_text | indent: 4 }}
    colour:: {{ h.colour }}
{%- if h.tags.size > 0 %}
    tags:: {{ h.tags | join: ", " }}
{%- endif %}
    created:: {{ h.created }}
    updated:: {{ h.updated }}
    link:: {{ h.link }}
{%- if h.note != blank %}
    - {{ h.note | strip | md_note | indent: 6 }}
{%- endif %}
{%- endfor %}
{%- for h in talk.orphans %}
  - {{ h.quote | md_text | indent: 4 }}
    colour:: {{ h.colour }}
    orphaned:: true
{%- if h.note != blank %}
    - {{ h.note | strip | md_note | indent: 6 }}
{%- endif %}
{%- endfor %}
{% endfor -%}`;

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  { id: 'default', name: 'Default (frontmatter, quotes, links back)', body: DEFAULT_TEMPLATE },
  { id: 'compact', name: 'Compact list', body: COMPACT_TEMPLATE },
  { id: 'logseq', name: 'Logseq outline', body: LOGSEQ_TEMPLATE },
];
