import { OrgRole } from '@konsiili/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { NotificationBell } from '../features/notifications/NotificationBell.tsx';
import { isAdmin, useMe, useSession } from '../lib/session.tsx';
import { connectSocket, disconnectSocket } from '../lib/socket.ts';
import { CalendarIcon, ConsultIcon, DirectoryIcon, HomeIcon, ShieldIcon } from '../ui/icons.tsx';
import { Layout } from '../ui/Layout.tsx';
import type { RailItem } from '../ui/LeftRail.tsx';

/** The signed-in frame. The socket lives exactly as long as it, so it always carries the current cookie. */
export function AppFrame() {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const userId = me.user.id;

  useEffect(() => {
    connectSocket();
    return () => {
      disconnectSocket();
    };
  }, [userId]);

  const railItems: RailItem[] = [
    { to: '/', label: t('nav.home'), icon: <HomeIcon />, isEnd: true },
    { to: '/sessions', label: t('nav.sessions'), icon: <CalendarIcon /> },
  ];
  // Guests join rooms by invitation only; consultations and the directory are for the organisation's staff.
  const isStaff = !me.user.roles.every((role) => role === OrgRole.GUEST);
  if (isStaff) {
    railItems.push(
      { to: '/consults', label: t('consults.nav'), icon: <ConsultIcon /> },
      { to: '/directory', label: t('directory.nav'), icon: <DirectoryIcon /> },
    );
  }
  if (isAdmin(me)) railItems.push({ to: '/admin/audit', label: t('nav.admin'), icon: <ShieldIcon /> });

  return (
    <Layout
      organisationName={me.organisation.name}
      tools={isStaff ? <NotificationBell /> : undefined}
      railItems={railItems}
      user={{
        displayName: me.user.displayName,
        profession: me.user.profession,
        roleNames: me.user.roles.map((role) => t(`orgRoles.${role}`)),
        onSignOut: () => {
          void signOut().then(() => navigate('/login', { replace: true }));
        },
      }}
    >
      <Outlet />
    </Layout>
  );
}
