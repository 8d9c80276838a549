import type { i18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { SessionProvider } from '../lib/session.tsx';
import { PageTitleProvider } from '../ui/page-title.tsx';
import { createAppRouter } from './router.tsx';

export function App({ i18n }: { i18n: i18n }) {
  const [router] = useState(createAppRouter);
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider>
        <PageTitleProvider>
          <RouterProvider router={router} />
        </PageTitleProvider>
      </SessionProvider>
    </I18nextProvider>
  );
}
