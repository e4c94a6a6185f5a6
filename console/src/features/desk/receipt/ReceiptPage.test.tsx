import { describe, expect, it, vi } from 'vitest';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import type { Receipt } from '../types';
import ReceiptPage from './ReceiptPage';
import { saveReceipt } from './receiptStore';

configure({ asyncUtilTimeout: 5000 });

// The QR code is drawn as SVG paths; the test reads what it encodes from the value the page gives it.
vi.mock('antd', async (importOriginal) => {
  const antd = await importOriginal<typeof import('antd')>();
  return { ...antd, QRCode: ({ value }: { value: string }) => <div data-testid="qr" data-value={value} /> };
});

const RECEIPT: Receipt = {
  handling: {
    handlingId: 'hdl-42',
    itemCode: 'FIL-01',
    itemName: '异地长期居住人员备案',
    servicePointId: 'sp-fenkou-village',
    servicePointName: '汾口镇新联村便民服务点',
    operator: 'clerk-village',
    channel: 'COUNTER',
    queuedAt: '2026-05-10T01:00:00Z',
    startedAt: '2026-05-10T01:12:00Z',
    completedAt: '2026-05-10T01:20:30Z',
    completedOn: '2026-05-10',
    personId: 'psn-7',
    outcome: 'COMPLETED',
    reviewToken: 'tok/+secret',
  },
  servicePointName: '汾口镇新联村便民服务点',
  itemName: '异地长期居住人员备案',
  person: { personId: 'psn-7', name: '王秀英', maskedIdNumber: '330127********1234' },
  lines: [
    { label: '备案编号', value: 'fil-new' },
    { label: '就医地', value: '310101' },
  ],
};

const render = (handlingId: string) =>
  renderWithProviders(<ReceiptPage />, { route: `/desk/receipts/${handlingId}`, path: '/desk/receipts/:handlingId' });

describe('ReceiptPage', { timeout: 60_000 }, () => {
  it('shows the handling, its times in Beijing time, the person masked, what was done and the review QR code', async () => {
    saveReceipt(RECEIPT);
    render('hdl-42');

    const receipt = await screen.findByRole('article', { name: '办件回执' });
    const text = within(receipt);
    expect(text.getByRole('heading', { name: '办件回执' })).toBeInTheDocument();
    expect(text.getByText('办件编号：hdl-42')).toBeInTheDocument();
    expect(text.getByText('异地长期居住人员备案（FIL-01）')).toBeInTheDocument();
    expect(text.getByText('汾口镇新联村便民服务点')).toBeInTheDocument();
    expect(text.getByText('clerk-village')).toBeInTheDocument();
    expect(text.getByText('窗口办理')).toBeInTheDocument();
    expect(text.getByText('2026-05-10 09:00:00')).toBeInTheDocument();
    expect(text.getByText('2026-05-10 09:12:00')).toBeInTheDocument();
    expect(text.getByText('2026-05-10 09:20:30')).toBeInTheDocument();
    expect(text.getByText('12 分钟')).toBeInTheDocument();
    expect(text.getByText('8.5 分钟')).toBeInTheDocument();
    expect(text.getByText('王秀英')).toBeInTheDocument();
    expect(text.getByText('330127********1234')).toBeInTheDocument();
    expect(receipt).not.toHaveTextContent('330127198');
    expect(text.getByText('fil-new')).toBeInTheDocument();
    expect(text.getByText('310101')).toBeInTheDocument();

    expect(text.getByText('扫码评价本次服务（好差评）')).toBeInTheDocument();
    const link = `${window.location.origin}/console/review?h=hdl-42&t=${encodeURIComponent('tok/+secret')}`;
    expect(text.getByTestId('qr')).toHaveAttribute('data-value', link);
    expect(text.getByTestId('review-link')).toHaveTextContent(link);
    expect(screen.queryByRole('article', { name: '证明' })).not.toBeInTheDocument();
  });

  it('prints with the browser’s print dialog', async () => {
    const user = userEvent.setup({ delay: null });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    saveReceipt(RECEIPT);
    render('hdl-42');
    await user.click(await screen.findByRole('button', { name: /打印/ }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: /打印/ }).closest('.chs-no-print')).not.toBeNull();
  });

  it('prints a certificate item’s document on its own page below the receipt', async () => {
    saveReceipt({ ...RECEIPT, document: { title: '参保证明', lines: [{ label: '参保状态', value: '正常参保' }] } });
    render('hdl-42');
    const document = await screen.findByRole('article', { name: '参保证明' });
    expect(document).toHaveClass('chs-receipt-document');
    expect(within(document).getByText('正常参保')).toBeInTheDocument();
  });

  it('has no QR code when the answer carried no review token (a replayed request)', async () => {
    saveReceipt({ ...RECEIPT, handling: { ...RECEIPT.handling, reviewToken: null } });
    render('hdl-42');
    expect(await screen.findByText(/本次办件的评价码已在首次办理时随回执给出/)).toBeInTheDocument();
    expect(screen.queryByTestId('qr')).not.toBeInTheDocument();
  });

  it('says the receipt is not in this browser session and points to today’s handlings', async () => {
    saveReceipt(RECEIPT);
    render('hdl-elsewhere');
    expect(await screen.findByText('本浏览器会话中没有这张回执')).toBeInTheDocument();
    expect(screen.getByText(/办件 hdl-elsewhere 的回执只保存在办理它的浏览器标签页中/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '查看今日办件' })).toBeInTheDocument();
    expect(screen.queryByTestId('qr')).not.toBeInTheDocument();
  });
});
