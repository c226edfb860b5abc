// A rehype step for notes' Markdown: each PEP mention in the text becomes a span marked with its
// number, which MarkdownRenderer renders as the mention's control. Text inside links and code is
// left alone. It runs after sanitising, so the spans it adds are the only ones so marked.

import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { splitPepMentions } from '../../../shared/peps/pepMentions';

const LEAVE_ALONE = new Set(['a', 'code', 'pre', 'button']);

function splitText(node: Text): ElementContent[] {
  const parts = splitPepMentions(node.value);
  if (!parts.some((part) => part.pep !== null)) return [node];
  return parts.map((part) =>
    part.pep === null
      ? { type: 'text', value: part.text }
      : {
          type: 'element',
          tagName: 'span',
          properties: { dataPep: String(part.pep) },
          children: [{ type: 'text', value: part.text }],
        },
  );
}

function visit(parent: Root | Element): void {
  const children: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'text') children.push(...splitText(child));
    else {
      if (child.type === 'element' && !LEAVE_ALONE.has(child.tagName)) visit(child);
      children.push(child);
    }
  }
  parent.children = children as typeof parent.children;
}

export function rehypePepMentions(): (tree: Root) => void {
  return (tree) => visit(tree);
}
