import type { PiiSpan } from '@konsiili/shared/pii';
import { useTranslation } from 'react-i18next';
import { segmentsOf } from '../lib/pii-hints.ts';

/**
 * Shows, under a text field, what looks like personal data and says it will be removed. The preview
 * is React text with <mark> around flagged parts: nothing the user typed is parsed as HTML.
 */
export function PiiWarning({ id, text, spans }: { id: string; text: string; spans: readonly PiiSpan[] }) {
  const { t } = useTranslation();
  if (spans.length === 0) return null;
  const types = [...new Set(spans.map((s) => s.type))].map((type) => t(`pii.types.${type}`)).join(', ');
  return (
    <div id={id} className="pii-warning" role="status">
      <p className="pii-warning__title">{t('pii.warning', { types })}</p>
      <p className="pii-warning__preview">
        {segmentsOf(text, spans).map((part, i) =>
          part.type ? (
            <mark key={i} className="pii-warning__mark" title={t(`pii.types.${part.type}`)}>
              {part.text}
            </mark>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </p>
      <p className="pii-warning__hint">{t('pii.hint')}</p>
    </div>
  );
}
