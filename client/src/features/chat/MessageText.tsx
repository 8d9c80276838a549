import DOMPurify from 'dompurify';
import { useTranslation } from 'react-i18next';
import { linkify } from './linkify.ts';

/**
 * Message text with its http(s) addresses as links.
 *
 * Why React elements and not `dangerouslySetInnerHTML` with DOMPurify.sanitize: the text is never HTML.
 * `linkify` splits it into text and links whose address it has validated (absolute http/https, no
 * credentials); React renders text as text nodes, so `<img onerror>` or `<script>` show up literally and
 * nothing is ever parsed as markup. DOMPurify still has the last word on each href
 * (`isValidAttribute('a', 'href', …)` is its URI policy, the same check `sanitize` applies to <a href>),
 * so a future change to `linkify` cannot alone let a `javascript:` URL through. Links open in a new tab
 * with rel="noopener noreferrer", as the sanitiser configuration would require.
 */
export function MessageText({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <p className="chat-message__text">
      {linkify(text).map((segment, index) =>
        segment.kind === 'link' && DOMPurify.isValidAttribute('a', 'href', segment.href) ? (
          <a key={index} href={segment.href} target="_blank" rel="noopener noreferrer">
            {segment.text}
            <span className="visually-hidden"> {t('chat.linkNewTab')}</span>
          </a>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
