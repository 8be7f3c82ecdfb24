/**
 * Builds the calendars domain from the app's dependencies: repository, connectors and service, plus
 * the options of its routes. app.ts calls this once; other domains receive `service`.
 */
import type { Clock } from '../clock.js';
import type { AppConfig } from '../config/config.js';
import type { Database } from '../db/client.js';
import { createCalendarsRepository } from './repository.js';
import type { CalendarRoutesOptions } from './routes.js';
import { createCalendarService, type CalendarService, type ConnectorFactory } from './service.js';

/** The calendars domain, wired. */
export interface CalendarsDomain {
  readonly service: CalendarService;
  readonly routeOptions: CalendarRoutesOptions;
}

/** Wires the calendars domain; `connectorFor` overrides the provider connectors (tests). */
export function createCalendarsDomain(deps: {
  readonly config: AppConfig;
  readonly db: Database;
  readonly clock: Clock;
  readonly connectorFor?: ConnectorFactory;
}): CalendarsDomain {
  const repository = createCalendarsRepository(deps.db);
  const service = createCalendarService({ repository, clock: deps.clock, ...(deps.connectorFor === undefined ? {} : { connectorFor: deps.connectorFor }) });
  return {
    service,
    routeOptions: { calendars: service, clock: deps.clock, signingSecret: deps.config.signingSecret, publicBaseUrl: deps.config.publicBaseUrl },
  };
}
