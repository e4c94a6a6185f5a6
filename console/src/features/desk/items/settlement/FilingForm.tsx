import { Divider, Flex } from 'antd';
import type { ItemFormProps } from '../../types';
import { NewFilingForm } from './NewFilingForm';
import { PersonFilings } from './PersonFilings';

/**
 * FIL-01 长期异地居住备案 / FIL-02 临时外出就医备案: a new filing of the item's types, and the person's filings with 撤销
 * (each a handling with its own receipt).
 */
export default function FilingForm(props: ItemFormProps) {
  return (
    <Flex vertical gap={8}>
      <NewFilingForm {...props} />
      <Divider style={{ margin: '8px 0' }} />
      <PersonFilings {...props} />
    </Flex>
  );
}
