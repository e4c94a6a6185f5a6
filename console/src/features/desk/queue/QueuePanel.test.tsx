import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { renderWithProviders } from '../../../test/render';
import { CurrentTicket } from './CurrentTicket';
import { QueuePanel } from './QueuePanel';
import { useQueue } from './useQueue';

function Queue() {
  const queue = useQueue('sp-fenkou-village');
  return (
    <App>
      <QueuePanel queue={queue} />
      <CurrentTicket queue={queue} />
    </App>
  );
}

const click = (text: string) => userEvent.click(screen.getByText(text).closest('button')!);

describe('QueuePanel and CurrentTicket', { timeout: 60_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-10T01:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('takes tickets, shows who waits, calls them in order and finishes or marks them absent', async () => {
    renderWithProviders(<Queue />);
    expect(screen.getByText('尚未叫号。请先叫号，再为办事群众办理事项。')).toBeInTheDocument();

    await click('取号');
    expect(await screen.findByTestId('waiting-A001')).toHaveTextContent('取号 09:00:00');
    vi.setSystemTime(new Date('2025-03-10T01:03:00Z'));
    await click('取号');
    expect(await screen.findByTestId('waiting-A002')).toBeInTheDocument();

    vi.setSystemTime(new Date('2025-03-10T01:20:00Z'));
    await click('叫号');
    await waitFor(() => expect(screen.getByTestId('current-ticket')).toHaveTextContent('A001'));
    expect(screen.queryByTestId('waiting-A001')).not.toBeInTheDocument();
    expect(screen.getByText('叫号').closest('button')).toBeDisabled();
    expect(screen.getByText('09:20:00')).toBeInTheDocument();
    expect(screen.getByText('20 分钟')).toBeInTheDocument();

    await click('办结');
    await waitFor(() => expect(screen.queryByTestId('current-ticket')).not.toBeInTheDocument());
    await click('叫号');
    await waitFor(() => expect(screen.getByTestId('current-ticket')).toHaveTextContent('A002'));
    await click('过号');
    await waitFor(() => expect(screen.queryByTestId('current-ticket')).not.toBeInTheDocument());
    const closed = screen.getByText('今日已办结 / 过号').parentElement!;
    expect(within(closed).getByText(/A001 已办结/)).toBeInTheDocument();
    expect(within(closed).getByText(/A002 过号/)).toBeInTheDocument();
  });
});
