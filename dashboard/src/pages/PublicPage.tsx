import { lazy, Suspense } from 'react';

import { Loading } from '../components/Loading/Loading';
import type { PublicRoute } from '../router/paths';

import { SignInPage } from './SignInPage';

// Each in its own small chunk: most people only ever see the sign-in page.
const SignedOutPage = lazy(async () => ({ default: (await import('./SignedOutPage')).SignedOutPage }));
const AcceptInvitationPage = lazy(async () => ({ default: (await import('./AcceptInvitationPage')).AcceptInvitationPage }));
const ForgotPasswordPage = lazy(async () => ({ default: (await import('./ForgotPasswordPage')).ForgotPasswordPage }));
const ResetPasswordPage = lazy(async () => ({ default: (await import('./ResetPasswordPage')).ResetPasswordPage }));

/** The page for a route that needs no one signed in. */
export function PublicPage({ route }: { route: PublicRoute }) {
  if (route === 'signIn') return <SignInPage />;
  return (
    <Suspense fallback={<Loading text="Loading the page…" />}>
      {route === 'signedOut' ? (
        <SignedOutPage />
      ) : route === 'acceptInvitation' ? (
        <AcceptInvitationPage />
      ) : route === 'forgotPassword' ? (
        <ForgotPasswordPage />
      ) : (
        <ResetPasswordPage />
      )}
    </Suspense>
  );
}
