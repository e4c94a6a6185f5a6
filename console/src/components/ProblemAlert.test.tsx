import { screen } from '@testing-library/react';
import { ApiError } from '../api/problem';
import { renderWithProviders } from '../test/render';
import { ProblemAlert } from './ProblemAlert';

describe('ProblemAlert', () => {
  it('shouldNameTheUnavailableServiceAndSayNothingWasRecordedWhenA503Arrives', () => {
    const error = new ApiError(503, { status: 503, service: 'enrollment', traceId: 't-1' });
    renderWithProviders(<ProblemAlert error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('参保登记服务暂时不可用，本次操作没有记录任何内容');
    expect(screen.getByText(/t-1/)).toBeInTheDocument();
  });

  it('shouldTakeTheServiceFromThePathWhenTheProblemDoesNotNameIt', () => {
    renderWithProviders(<ProblemAlert error={new ApiError(503, {})} path="/api/settlement/filings" />, { locale: 'en' });
    expect(screen.getByRole('alert')).toHaveTextContent('The settlement service is unavailable at the moment; nothing was recorded');
  });

  it('shouldShowTheServicesDetailWhenARuleRefusesTheRequest', () => {
    const error = new ApiError(422, { type: 'https://chs.example/problems/no-filing', title: 'No filing', detail: 'The person has no filing' });
    renderWithProviders(<ProblemAlert error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The person has no filing');
  });

  it('shouldSayTheGatewayCannotBeReachedWhenTheNetworkFails', () => {
    renderWithProviders(<ProblemAlert error={new ApiError(0, {})} />);
    expect(screen.getByRole('alert')).toHaveTextContent('无法连接平台网关');
  });
});

describe('unavailableService', () => {
  it('shouldPreferTheDependencyAServiceNamesOverTheServiceItself', async () => {
    const { unavailableService } = await import('./ProblemAlert');
    expect(unavailableService(new ApiError(503, { dependency: 'site-registry-service', service: 'enrollment' }))).toBe('site-registry-service');
    expect(unavailableService(new ApiError(503, { service: 'enrollment-service' }))).toBe('enrollment-service');
  });
});
