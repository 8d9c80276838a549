import { createBrowserRouter } from 'react-router';
import { AuditPage } from '../features/admin/AuditPage.tsx';
import { RetentionPage } from '../features/admin/RetentionPage.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { ConsultPage } from '../features/consults/ConsultPage.tsx';
import { ConsultsPage } from '../features/consults/ConsultsPage.tsx';
import { FiguresPage } from '../features/consults/FiguresPage.tsx';
import { NewConsultPage } from '../features/consults/NewConsultPage.tsx';
import { DirectoryPage } from '../features/directory/DirectoryPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { InvitePage } from '../features/invitations/InvitePage.tsx';
import { PptRoom } from '../features/ppt/PptRoom.tsx';
import { RoomPage } from '../features/rooms/RoomPage.tsx';
import { SeriesListPage } from '../features/series/SeriesListPage.tsx';
import { SeriesPage } from '../features/series/SeriesPage.tsx';
import { SessionsPage } from '../features/sessions/SessionsPage.tsx';
import { AppFrame } from './AppFrame.tsx';
import { ConsultThread } from './ConsultThread.tsx';
import { CrashPage, NotFoundPage } from './fallback-pages.tsx';
import { PublicFrame } from './PublicFrame.tsx';
import { RequireAuth } from './RequireAuth.tsx';

export function createAppRouter() {
  return createBrowserRouter([
    {
      errorElement: <CrashPage />,
      children: [
        {
          element: <PublicFrame />,
          children: [
            { path: '/login', element: <LoginPage /> },
            { path: '/invite/:token', element: <InvitePage /> },
          ],
        },
        {
          element: (
            <RequireAuth>
              <AppFrame />
            </RequireAuth>
          ),
          children: [
            { index: true, element: <HomePage /> },
            { path: '/sessions', element: <SessionsPage /> },
            {
              path: '/rooms/:roomId',
              element: <RoomPage renderPptSession={(room) => <PptRoom key={room.id} room={room} />} />,
            },
            { path: '/series', element: <SeriesListPage /> },
            { path: '/series/:seriesId', element: <SeriesPage /> },
            { path: '/consults', element: <ConsultsPage /> },
            { path: '/consults/new', element: <NewConsultPage /> },
            { path: '/consults/figures', element: <FiguresPage /> },
            {
              path: '/consults/:consultId',
              element: (
                <ConsultPage
                  renderThread={(consult) => <ConsultThread key={consult.roomId} consult={consult} />}
                />
              ),
            },
            { path: '/directory', element: <DirectoryPage /> },
            { path: '/admin/audit', element: <AuditPage /> },
            { path: '/admin/retention', element: <RetentionPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
