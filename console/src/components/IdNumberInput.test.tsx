import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form } from 'antd';
import { renderWithProviders } from '../test/render';
import { IdNumberInput, useIdNumberRule } from './IdNumberInput';

function Harness() {
  const rule = useIdNumberRule();
  return (
    <Form>
      <Form.Item name="idNumber" label="公民身份号码" rules={[rule]}>
        <IdNumberInput />
      </Form.Item>
    </Form>
  );
}

async function typeNumber(value: string) {
  renderWithProviders(<Harness />);
  const input = screen.getByLabelText('公民身份号码');
  await userEvent.type(input, value);
  return input as HTMLInputElement;
}

describe('IdNumberInput', { timeout: 30_000 }, () => {
  it.each([
    ['3301A', '公民身份号码只能是数字，最后一位可以是X'],
    ['33012719900307', '公民身份号码应为18位，已输入14位'],
    ['3301271990030721189', '公民身份号码应为18位，已输入19位'],
    ['990127199003072118', '前两位“99”不是有效的省级行政区划代码'],
    ['330127199013072118', '第7至14位“19901307”不是有效的出生日期'],
    ['330127209901012118', '出生日期 2099-01-01 晚于今天'],
    ['330127199003072119', '校验码不符，请逐位核对号码'],
  ])('says what is wrong with %s as it is typed', async (value, message) => {
    await typeNumber(value);
    expect(await screen.findByText(message)).toBeInTheDocument();
  });

  it('asks for a number when the input is emptied', async () => {
    const input = await typeNumber('3');
    await userEvent.clear(input);
    expect(await screen.findByText('请输入公民身份号码')).toBeInTheDocument();
  });

  it('passes a valid number, upper-cases x and shows the birth date and sex it encodes', async () => {
    const input = await typeNumber('110101198001010010');
    await waitFor(() => expect(screen.getByTestId('id-number-decoded')).toHaveTextContent('1980-01-01 · 男'));
    expect(input.value).toBe('110101198001010010');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.clear(input);
    await userEvent.type(input, '33012719900307211x');
    expect(input.value).toBe('33012719900307211X');
    expect(await screen.findByText('校验码不符，请逐位核对号码')).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, '330127198506120324');
    await waitFor(() => expect(screen.getByTestId('id-number-decoded')).toHaveTextContent('1985-06-12 · 女'));
    await waitFor(() => expect(screen.queryByText('校验码不符，请逐位核对号码')).not.toBeInTheDocument());
  });
});
