'use client';

import { useId, useState } from 'react';
import { useEdition } from '@/lib/i18n/use-edition';
import { CLIENT_TEXT } from '@/lib/i18n/client-text';
import { SITE_ORIGIN, shareUrl } from '@/lib/share/share-url';

type CopyState = 'idle' | 'copied' | 'manual';

/**
 * "Copy link to this step": puts the step's share link (which previews the step in chats) on
 * the clipboard and says so. Where the Clipboard API is missing or refused (an old browser,
 * a page not served over https), it shows the link selected, ready to copy by hand.
 */
export function CopyLinkButton({ stepId }: { readonly stepId: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const [link, setLink] = useState('');
  const fieldId = useId();
  const edition = useEdition();
  const text = CLIENT_TEXT[edition];

  const copy = async () => {
    const url = shareUrl(stepId, SITE_ORIGIN ?? window.location.origin, edition);
    setLink(url);
    try {
      if (!navigator.clipboard) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={copy}>
        {text.copyLink}
      </button>
      <span role="status" className="copy-link-status">
        {state === 'copied' ? text.linkCopied : ''}
      </span>
      {state === 'manual' ? (
        <span className="copy-link-manual">
          <label htmlFor={fieldId}>{text.copyThisLink}</label>{' '}
          <input
            id={fieldId}
            readOnly
            value={link}
            size={Math.min(link.length, 48)}
            ref={(input) => {
              input?.focus();
              input?.select();
            }}
            onFocus={(event) => event.currentTarget.select()}
          />
        </span>
      ) : null}
    </div>
  );
}
