import { useCallback, useMemo } from 'react';
import { Input, Typography, type FormRule, type InputProps } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { checkIdNumber } from '../lib/idNumber';
import { useI18n } from '../i18n/I18nProvider';

/** Upper case, no spaces: how a 公民身份号码 is compared and sent. */
export function normaliseIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** The message for what is wrong with a typed ID number, or undefined when it is a valid GB 11643 number. */
export function useIdNumberProblem(): (raw: string | undefined) => string | undefined {
  const { t } = useI18n();
  return useCallback((raw: string | undefined) => {
    const value = normaliseIdNumber(raw ?? '');
    const check = checkIdNumber(value);
    switch (check.problem) {
      case undefined:
        return undefined;
      case 'empty':
        return t('desk.idNumber.empty');
      case 'characters':
        return t('desk.idNumber.characters');
      case 'length':
        return t('desk.idNumber.length', { count: value.length });
      case 'region':
        return t('desk.idNumber.region', { code: value.slice(0, 2) });
      case 'birthDate':
        return t('desk.idNumber.birthDate', { date: value.slice(6, 14) });
      case 'future':
        return t('desk.idNumber.future', { date: check.birthDate ?? value.slice(6, 14) });
      case 'checkDigit':
        return t('desk.idNumber.checkDigit');
    }
  }, [t]);
}

/** A Form.Item rule checking the number as it is typed (length, characters, region, birth date, check digit). */
export function useIdNumberRule(): FormRule {
  const problem = useIdNumberProblem();
  return useMemo<FormRule>(
    () => ({
      validator: async (_rule, value: string | undefined) => {
        const message = problem(value);
        if (message) throw new Error(message);
      },
    }),
    [problem],
  );
}

export interface IdNumberInputProps extends Omit<InputProps, 'value' | 'onChange'> {
  value?: string;
  onChange?: (value: string) => void;
}

/**
 * 公民身份号码 input for a Form.Item with {@link useIdNumberRule}: normalises as typed (upper-case X, no spaces) and, once the
 * number is valid, shows the birth date and sex it encodes so the clerk can compare them with the document.
 */
export function IdNumberInput({ value, onChange, ...rest }: IdNumberInputProps) {
  const { t } = useI18n();
  const check = checkIdNumber(value ?? '');
  return (
    <Input
      autoComplete="off"
      spellCheck={false}
      inputMode="text"
      maxLength={20}
      allowClear
      {...rest}
      value={value}
      onChange={(event) => onChange?.(normaliseIdNumber(event.target.value))}
      suffix={
        check.valid ? (
          <Typography.Text type="success" data-testid="id-number-decoded">
            <CheckCircleFilled /> {check.birthDate} · {t(check.sex === 'MALE' ? 'desk.enum.sex.MALE' : 'desk.enum.sex.FEMALE')}
          </Typography.Text>
        ) : (
          <span />
        )
      }
    />
  );
}
