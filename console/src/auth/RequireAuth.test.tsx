import { screen } from '@testing-library/react';
import { RequireAuth } from './RequireAuth';
import { renderWithProviders } from '../test/render';

const signinRedirect = vi.fn(async () => undefined);
let authState: Record<string, unknown> = {};

vi.mock('react-oidc-context', () => ({
  useAuth: () => authState,
  hasAuthParams: () => false,
}));

function header(claims: Record<string, unknown>): string {
  return `x.${btoa(JSON.stringify(claims)).replace(/=+$/, '')}.y`;
}

const signedIn = {
  isAuthenticated: true,
  isLoading: false,
  activeNavigator: undefined,
  error: undefined,
  user: { access_token: header({ preferred_username: 'clerk-village', realm_access: { roles: ['counter-clerk'] } }) },
  signinRedirect,
};

describe('RequireAuth', () => {
  beforeEach(() => signinRedirect.mockClear());

  it('shouldShowThePageWhenTheUserIsSignedIn', () => {
    authState = signedIn;
    renderWithProviders(<RequireAuth>the page</RequireAuth>, { route: '/desk' });
    expect(screen.getByText('the page')).toBeInTheDocument();
  });

  it('shouldRenderNothingThatCouldRedirectWhileTheSignInCallbackIsStillInTheAddress', () => {
    authState = signedIn;
    renderWithProviders(<RequireAuth>the page</RequireAuth>, { route: '/?code=abc&state=xyz' });
    expect(screen.queryByText('the page')).not.toBeInTheDocument();
  });

  it('shouldSendTheUserToSignInWithTheAddressToComeBackToWhenNotSignedIn', () => {
    authState = { isAuthenticated: false, isLoading: false, activeNavigator: undefined, error: undefined, user: null, signinRedirect };
    renderWithProviders(<RequireAuth>the page</RequireAuth>, { route: '/desk/kpis?month=2026-11' });
    expect(signinRedirect).toHaveBeenCalledWith({ state: { returnTo: '/desk/kpis?month=2026-11' } });
    expect(screen.queryByText('the page')).not.toBeInTheDocument();
  });
});
