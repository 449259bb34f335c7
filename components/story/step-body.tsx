import Markdown from 'react-markdown';

/** Markdown a step may use: paragraphs, emphasis, lists and links. Anything else is dropped. */
const ALLOWED = ['p', 'strong', 'em', 'a', 'ul', 'ol', 'li', 'br'];

/** A step's Markdown body as React elements (rendered at build; never an HTML string). */
export function StepBody({ markdown }: { readonly markdown: string }) {
  return (
    <div className="step-body">
      <Markdown allowedElements={ALLOWED} unwrapDisallowed skipHtml>
        {markdown}
      </Markdown>
    </div>
  );
}
