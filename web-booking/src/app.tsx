import { BookingPage } from './features/booking-link/components/booking-page.js';
import { ManagePage } from './features/manage-booking/components/manage-page.js';
import { AnnouncerProvider } from './features/shell/components/announcer.js';
import { PageLayout } from './features/shell/components/page-layout.js';
import { I18nProvider, useI18n } from './lib/i18n/i18n-provider.js';
import type { Route } from './route.js';

/** The booking page app: i18n, the live region, the layout and the page for the route. */
export function App({ route }: { readonly route: Route }) {
  return (
    <I18nProvider>
      <AnnouncerProvider>
        <PageLayout>
          <RoutePage route={route} />
        </PageLayout>
      </AnnouncerProvider>
    </I18nProvider>
  );
}

function RoutePage({ route }: { readonly route: Route }) {
  const { t } = useI18n();
  if (route.page === 'booking') return <BookingPage token={route.token} />;
  if (route.page === 'manage') return <ManagePage token={route.token} />;
  return (
    <>
      <h1>{t('app.title')}</h1>
      <p role="alert">{t('error.notFoundPage')}</p>
    </>
  );
}
