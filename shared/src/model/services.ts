import { z } from 'zod';
import { ServiceId } from './ids.ts';

export const LocalisedName = z.object({
  fi: z.string().trim().min(1).max(120),
  sv: z.string().trim().min(1).max(120),
  en: z.string().trim().min(1).max(120),
});
export type LocalisedName = z.infer<typeof LocalisedName>;

/** One entry of an organisation's service catalogue. */
export const Service = z.object({
  id: ServiceId,
  name: LocalisedName,
  isActive: z.boolean(),
});
export type Service = z.infer<typeof Service>;

export const ServiceCatalogue = z.array(Service).max(200);
export type ServiceCatalogue = z.infer<typeof ServiceCatalogue>;

/**
 * The default catalogue, taken from the services the health & wellbeing centres list for their PPT
 * sessions. Each organisation gets a copy it can edit.
 */
export const DEFAULT_SERVICE_CATALOGUE: readonly Service[] = [
  svc('health-station', 'Terveysasema', 'Hälsostation', 'Health station'),
  svc(
    'mental-health-substance',
    'Mielenterveys- ja päihdepalvelut',
    'Mentalvårds- och missbrukartjänster',
    'Mental health and substance abuse services',
  ),
  svc('adult-social-work', 'Aikuissosiaalityö', 'Socialt arbete för vuxna', 'Adult social work'),
  svc('rehabilitation', 'Kuntoutus', 'Rehabilitering', 'Rehabilitation'),
  svc('oral-health', 'Suun terveydenhuolto', 'Munhälsovård', 'Oral health'),
  svc(
    'elderly-guidance',
    'Ikäihmisten palveluohjaus',
    'Servicehandledning för äldre',
    'Elderly service guidance',
  ),
  svc('disability-services', 'Vammaispalvelut', 'Funktionshinderservice', 'Disability services'),
  svc('employment-services', 'Työllisyyspalvelut', 'Sysselsättningstjänster', 'Employment services'),
  svc('family-services', 'Perhepalvelut', 'Familjetjänster', 'Family services'),
  svc('home-care', 'Kotihoito', 'Hemvård', 'Home care'),
  svc('specialist-care', 'Erikoissairaanhoito', 'Specialiserad sjukvård', 'Specialist care'),
  svc('kela', 'Kela', 'FPA', 'Kela'),
];

function svc(id: string, fi: string, sv: string, en: string): Service {
  return { id: ServiceId.parse(id), name: { fi, sv, en }, isActive: true };
}
