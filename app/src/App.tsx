import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import type { SessionStore } from './session.ts';
import { SignInPage } from './pages/SignInPage.tsx';
import { SignInCallbackPage } from './pages/SignInCallbackPage.tsx';
import { SessionExpiredPage } from './pages/SessionExpiredPage.tsx';
import { BoardsPage } from './pages/BoardsPage.tsx';
import { BoardPage } from './pages/BoardPage.tsx';
import { SprintReportPage } from './pages/SprintReportPage.tsx';
import { VelocityPage } from './pages/VelocityPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { AdminPage } from './pages/admin/AdminPage.tsx';
import { atLeast, useMe } from './me.ts';
import { Loading } from './components.tsx';

// Loaded when first opened: the report forms are not needed to read sprints.
const ReportsPage = lazy(() => import('./pages/reports/ReportsPage.tsx'));
// Planning pages carry drag and drop (dnd-kit): loaded when first opened.
const QueuePage = lazy(() => import('./pages/queue/QueuePage.tsx'));
// Administrators' pages: loaded when first opened.
const UsersPage = lazy(() => import('./pages/users/UsersPage.tsx'));
const SignInSettingsPage = lazy(() => import('./pages/users/SignInSettingsPage.tsx'));
const AuditPage = lazy(() => import('./pages/users/AuditPage.tsx'));
const SchedulesPage = lazy(() => import('./pages/schedules/SchedulesPage.tsx'));
// Planning pages, for the few who plan.
const CapacityPage = lazy(() => import('./pages/capacity/CapacityPage.tsx'));
const TeamPage = lazy(() => import('./pages/capacity/TeamPage.tsx'));
const TeamsPage = lazy(() => import('./pages/capacity/TeamsPage.tsx'));

// Settings and JIRA connections are for the few who run the product: loaded when first opened.
const BoardSettingsPage = lazy(() => import('./pages/settings/BoardSettingsPage.tsx').then((m) => ({ default: m.BoardSettingsPage })));
const ConnectionsPage = lazy(() => import('./pages/connections/ConnectionsPage.tsx').then((m) => ({ default: m.ConnectionsPage })));
const NewConnectionPage = lazy(() => import('./pages/connections/NewConnection.tsx'));
const ConnectionPage = lazy(() => import('./pages/connections/ConnectionPage.tsx').then((m) => ({ default: m.ConnectionPage })));

export function App({ store }: { store: SessionStore }) {
  const state = useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.current,
  );
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();

  // Signed out or expired: nothing the last user saw stays in the cache.
  useEffect(() => {
    if (state.kind !== 'signed-in') void client.clearStore();
  }, [state.kind, client]);

  const signedIn = state.kind === 'signed-in';
  // A page that needs a session: without one, sign in (or learn that the session expired) and come
  // back to the very page, its query and hash too (a shared /boards/X/velocity?last=25).
  const from = `${location.pathname}${location.search}${location.hash}`;
  const guarded = (page: React.ReactNode) =>
    signedIn ? page : <Navigate to={state.kind === 'expired' ? '/session-expired' : '/sign-in'} replace state={{ from }} />;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Sprint Reports
        </Link>
        {signedIn && (
          <nav aria-label="Main">
            <Link to="/">Boards</Link>
            <RoleLinks />
            <a href="/graphql">GraphiQL</a>
          </nav>
        )}
        {signedIn && (
          <div className="account">
            <span className="email">{state.session.email}</span>
            <button
              type="button"
              onClick={() => void store.signOut().then((providerSignOut) => (providerSignOut ? window.location.assign(providerSignOut) : navigate('/sign-in')))}
            >
              Sign out
            </button>
          </div>
        )}
      </header>
      <main id="main">
        <Routes>
          <Route path="/sign-in" element={signedIn ? <Navigate to="/" replace /> : <SignInPage store={store} />} />
          <Route path="/sign-in/callback" element={<SignInCallbackPage store={store} />} />
          <Route path="/session-expired" element={signedIn ? <Navigate to="/" replace /> : <SessionExpiredPage />} />
          <Route path="/" element={guarded(<BoardsPage />)} />
          <Route path="/boards/:id" element={guarded(<BoardPage />)} />
          <Route path="/boards/:boardId/sprints/:sprintId/:tab?" element={guarded(<SprintReportPage />)} />
          <Route path="/boards/:boardId/velocity" element={guarded(<VelocityPage />)} />
          <Route
            path="/boards/:boardId/reports"
            element={guarded(
              <Suspense fallback={<Loading what="the reports" />}>
                <ReportsPage />
              </Suspense>,
            )}
          />
          <Route
            path="/boards/:boardId/settings"
            element={guarded(
              <Suspense fallback={<Loading what="the board settings" />}>
                <BoardSettingsPage />
              </Suspense>,
            )}
          />
          <Route
            path="/boards/:boardId/queue"
            element={guarded(
              <Suspense fallback={<Loading what="the queue" />}>
                <QueuePage />
              </Suspense>,
            )}
          />
          <Route
            path="/boards/:boardId/schedules"
            element={guarded(
              <Suspense fallback={<Loading what="the report schedules" />}>
                <SchedulesPage />
              </Suspense>,
            )}
          />
          <Route
            path="/boards/:boardId/capacity"
            element={guarded(
              <Suspense fallback={<Loading what="the capacity" />}>
                <CapacityPage />
              </Suspense>,
            )}
          />
          <Route
            path="/teams"
            element={guarded(
              <Suspense fallback={<Loading what="the teams" />}>
                <TeamsPage />
              </Suspense>,
            )}
          />
          <Route
            path="/teams/:teamId"
            element={guarded(
              <Suspense fallback={<Loading what="the team" />}>
                <TeamPage />
              </Suspense>,
            )}
          />
          <Route path="/admin" element={guarded(<AdminPage />)} />
          <Route
            path="/admin/connections"
            element={guarded(
              <Suspense fallback={<Loading what="the JIRA connections" />}>
                <ConnectionsPage />
              </Suspense>,
            )}
          />
          <Route
            path="/admin/connections/new"
            element={guarded(
              <Suspense fallback={<Loading what="the form" />}>
                <NewConnectionPage />
              </Suspense>,
            )}
          />
          <Route
            path="/admin/connections/:id"
            element={guarded(
              <Suspense fallback={<Loading what="the JIRA connection" />}>
                <ConnectionPage />
              </Suspense>,
            )}
          />
          <Route
            path="/admin/users"
            element={guarded(
              <Suspense fallback={<Loading what="the users" />}>
                <UsersPage />
              </Suspense>,
            )}
          />
          <Route
            path="/admin/sign-in"
            element={guarded(
              <Suspense fallback={<Loading what="single sign-on" />}>
                <SignInSettingsPage />
              </Suspense>,
            )}
          />
          <Route
            path="/admin/audit"
            element={guarded(
              <Suspense fallback={<Loading what="the audit log" />}>
                <AuditPage />
              </Suspense>,
            )}
          />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
    </>
  );
}

/**
 * The ways to what a role may run: managers start and cancel JIRA syncs (the connections page);
 * administrators also run the organisation's settings. Nobody sees a link to a page that refuses them.
 */
function RoleLinks() {
  const me = useMe();
  return (
    <>
      {atLeast(me?.role, 'MANAGER') && <Link to="/admin/connections">JIRA</Link>}
      {atLeast(me?.role, 'ADMIN') && <Link to="/admin">Administration</Link>}
    </>
  );
}
