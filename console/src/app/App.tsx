import { lazy, Suspense, useState } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import { AuthProvider } from 'react-oidc-context';
import { WebStorageStateStore, type User } from 'oidc-client-ts';
import { I18nProvider } from '../i18n/I18nProvider';
import type { ConsoleConfig } from '../auth/config';
import { RequireAuth } from '../auth/RequireAuth';
import { AppLayout } from './AppLayout';
import { HomeRedirect } from './HomeRedirect';
import { NotFoundPage } from './NotFoundPage';
import { RequireRole } from './RequireRole';
import { NAV } from './navigation';
import { PageLoading } from '../components/PageLoading';
import { createQueryClient } from './queryClient';

// Code split per route: a clerk's browser never loads the administrators' pages and the citizen's phone only the review page.
const pages: Record<string, React.LazyExoticComponent<React.ComponentType>> = {
  desk: lazy(() => import('../features/desk/DeskPage')),
  'desk/handlings': lazy(() => import('../features/desk/handlings/HandlingsPage')),
  'desk/kpis': lazy(() => import('../features/desk/kpis/KpiPage')),
  'desk/rectifications': lazy(() => import('../features/desk/rectifications/RectificationsPage')),
  'desk/receipts/:handlingId': lazy(() => import('../features/desk/receipt/ReceiptPage')),
  reviews: lazy(() => import('../features/reviews/ReviewsPage')),
  kpis: lazy(() => import('../features/kpis/KpisPage')),
  evaluations: lazy(() => import('../features/evaluations/MyEvaluationsPage')),
  'evaluations/:id': lazy(() => import('../features/evaluations/EvaluationWorkbenchPage')),
  'audit-flags': lazy(() => import('../features/audit/AuditFlagsPage')),
  'sites/batches': lazy(() => import('../features/sites/BatchesPage')),
  'sites/declarations': lazy(() => import('../features/sites/DeclarationsPage')),
  'sites/evaluations': lazy(() => import('../features/sites/EvaluationsPage')),
  'sites/evaluations/:id': lazy(() => import('../features/sites/EvaluationPage')),
  'sites/rankings': lazy(() => import('../features/sites/RankingsPage')),
  'network/areas': lazy(() => import('../features/network/areas/AreasPage')),
  'network/points': lazy(() => import('../features/network/points/PointsPage')),
  'network/coverage': lazy(() => import('../features/network/coverage/CoveragePage')),
  catalogue: lazy(() => import('../features/catalogue/CataloguePage')),
  'catalogue/delegation': lazy(() => import('../features/catalogue/delegation/DelegationPage')),
  'settlement/settlements': lazy(() => import('../features/settlement/settlements/SettlementsPage')),
  'settlement/filings': lazy(() => import('../features/settlement/filings/FilingsPage')),
  'settlement/clearing': lazy(() => import('../features/settlement/clearing/ClearingPage')),
  'settlement/policies': lazy(() => import('../features/settlement/policies/PoliciesPage')),
  'settlement/catalogue': lazy(() => import('../features/settlement/catalogue/CatalogueItemsPage')),
  'settlement/institutions': lazy(() => import('../features/settlement/institutions/InstitutionsPage')),
};
const CitizenReviewPage = lazy(() => import('../features/review/CitizenReviewPage'));

function routes(): RouteObject[] {
  return [
    {
      path: 'review',
      element: (
        <Suspense fallback={<PageLoading />}>
          <CitizenReviewPage />
        </Suspense>
      ),
    },
    {
      path: '/',
      element: (
        <RequireAuth>
          <AppLayout />
        </RequireAuth>
      ),
      children: [
        { index: true, element: <HomeRedirect /> },
        ...NAV.map((item) => {
          const Page = pages[item.path];
          if (!Page) throw new Error(`No page for ${item.path}`);
          return {
            path: item.path,
            element: (
              <RequireRole roles={item.roles}>
                <Suspense fallback={<PageLoading />}>
                  <Page />
                </Suspense>
              </RequireRole>
            ),
          };
        }),
        { path: 'home', element: <Navigate to="/" replace /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

function returnTo(user: User | undefined): string {
  const state = user?.state as { returnTo?: string } | undefined;
  return state?.returnTo && state.returnTo.startsWith('/') ? state.returnTo : '/';
}

export function App({ config }: { config: ConsoleConfig }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(routes(), { basename: '/console' }));
  const origin = window.location.origin;
  return (
    <I18nProvider>
      <AuthProvider
        authority={config.authority}
        client_id={config.clientId}
        redirect_uri={`${origin}/console/`}
        post_logout_redirect_uri={`${origin}/console/`}
        scope="openid profile"
        response_type="code"
        automaticSilentRenew
        monitorSession={false}
        userStore={new WebStorageStateStore({ store: window.sessionStorage })}
        onSigninCallback={(user) => {
          // Drop ?code=…&state=… from the address and go back to where the user was.
          void router.navigate(returnTo(user), { replace: true });
        }}
      >
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AuthProvider>
    </I18nProvider>
  );
}
