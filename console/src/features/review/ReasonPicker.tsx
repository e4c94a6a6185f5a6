import { Tag } from 'antd';
import { useI18n } from '../../i18n/I18nProvider';
import { REASONS_MAX, reasonsFor, type ReviewLevel } from '../reviews/model';

/** The reasons that go with the chosen level, as tags to tick (at most eight). */
export function ReasonPicker({ level, value, onChange }: { level: ReviewLevel; value: string[]; onChange: (reasons: string[]) => void }) {
  const { t, tx } = useI18n();
  return (
    <div role="group" aria-label={t('review.reasons.label')} className="chs-review-reasons">
      {reasonsFor(level).map((code) => {
        const checked = value.includes(code);
        return (
          <Tag.CheckableTag
            key={code}
            checked={checked}
            disabled={!checked && value.length >= REASONS_MAX}
            className="chs-review-reason"
            onChange={(next) => onChange(next ? [...value, code] : value.filter((c) => c !== code))}
          >
            {tx(`review.reason.${code}`, code)}
          </Tag.CheckableTag>
        );
      })}
    </div>
  );
}
