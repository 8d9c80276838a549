import { createHash } from 'node:crypto';
import type {
  Bundle,
  BundleEntry,
  Communication,
  Consent,
  Patient,
  Practitioner,
  Reference,
  Resource,
  ServiceRequest,
  Task,
} from '@medplum/fhirtypes';
import type { Consult, ConsultTarget, UserId } from '@konsiili/shared';
import { firstAnsweredAt } from './consult.ts';

/** Identifier systems of our own; a receiving system maps them to its own registers. */
export const FHIR_SYSTEM = {
  consult: 'urn:konsiili:consult',
  user: 'urn:konsiili:user',
  target: 'urn:konsiili:consult-target',
  clientReference: 'urn:konsiili:client-reference',
  outcome: 'urn:konsiili:consult-outcome',
  state: 'urn:konsiili:consult-state',
} as const;

const PRIORITY = { today: 'asap', '3d': 'urgent', '7d': 'routine' } as const;

/** A stable urn:uuid per consultation and part, so exporting twice yields the same references. */
function uuidFor(consultId: string, part: string): string {
  const hex = createHash('sha256').update(`${consultId}/${part}`).digest('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const person = (userId: UserId): Reference<Practitioner> => ({
  identifier: { system: FHIR_SYSTEM.user, value: userId },
});

/**
 * A closed e-consultation as a FHIR R4 collection Bundle: ServiceRequest (the request), Communication
 * (question, and answer when given), Consent (identified ones only) and Task (the state and outcome).
 * The client's identifier appears only when `clientReference` is given, which the service does for the
 * two parties alone; otherwise the subject is an anonymous display.
 */
export function consultBundle(
  consult: Consult,
  target: ConsultTarget,
  options: { now: Date; clientReference?: string | undefined },
): Bundle {
  const url = (part: string) => uuidFor(consult.id, part);
  const subject: Reference<Patient> = options.clientReference
    ? { identifier: { system: FHIR_SYSTEM.clientReference, value: options.clientReference } }
    : { display: consult.isIdentified ? 'Identified client (reference withheld)' : 'Anonymous client' };
  const serviceRequest: ServiceRequest = {
    resourceType: 'ServiceRequest',
    identifier: [{ system: FHIR_SYSTEM.consult, value: consult.id }],
    status: consult.state === 'closed' ? 'completed' : 'active',
    intent: 'order',
    priority: PRIORITY[consult.urgency],
    category: [{ text: 'e-consultation' }],
    code: {
      coding: [{ system: FHIR_SYSTEM.target, code: target.id, display: target.name }],
      text: target.name,
    },
    subject,
    authoredOn: consult.createdAt,
    occurrenceDateTime: consult.dueAt,
    requester: person(consult.requesterId),
    ...(consult.ownerId ? { performer: [person(consult.ownerId)] } : {}),
    note: [{ text: consult.caseSummary }],
  };
  const question: Communication = {
    resourceType: 'Communication',
    status: 'completed',
    basedOn: [{ reference: url('request') }],
    subject,
    sent: consult.createdAt,
    sender: person(consult.requesterId),
    ...(consult.ownerId ? { recipient: [person(consult.ownerId)] } : {}),
    payload: [{ contentString: consult.question }],
  };
  const answeredAt = firstAnsweredAt(consult);
  const answer: Communication | undefined =
    consult.answer === undefined
      ? undefined
      : {
          resourceType: 'Communication',
          status: 'completed',
          basedOn: [{ reference: url('request') }],
          inResponseTo: [{ reference: url('question') }],
          subject,
          ...(answeredAt ? { sent: answeredAt } : {}),
          ...(consult.ownerId ? { sender: person(consult.ownerId) } : {}),
          recipient: [person(consult.requesterId)],
          payload: [{ contentString: consult.answer }],
        };
  const consent: Consent | undefined = consult.consent && {
    resourceType: 'Consent',
    status: 'active',
    scope: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }],
    },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
    ...(options.clientReference ? { patient: subject } : {}),
    dateTime: consult.consent.givenOn,
    performer: [{ display: `given by ${consult.consent.givenBy}` }],
    organization: [{ display: consult.orgId }],
    policyRule: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }],
      text: consult.consent.scope,
    },
    provision: { actor: [{ role: { text: 'recorded by' }, reference: person(consult.consent.recordedBy) }] },
  };
  const task: Task = {
    resourceType: 'Task',
    identifier: [{ system: FHIR_SYSTEM.consult, value: consult.id }],
    status: consult.state === 'closed' ? 'completed' : 'in-progress',
    businessStatus: { coding: [{ system: FHIR_SYSTEM.state, code: consult.state }] },
    intent: 'order',
    focus: { reference: url('request') },
    for: subject,
    authoredOn: consult.createdAt,
    lastModified: consult.updatedAt,
    requester: person(consult.requesterId),
    ...(consult.ownerId ? { owner: person(consult.ownerId) } : {}),
    ...(consult.outcome
      ? {
          output: [
            {
              type: { text: 'outcome' },
              valueCodeableConcept: {
                coding: [{ system: FHIR_SYSTEM.outcome, code: consult.outcome.kind }],
                ...(consult.outcome.referralTeam ? { text: consult.outcome.referralTeam } : {}),
              },
            },
          ],
        }
      : {}),
  };
  const entries: [string, Resource | undefined][] = [
    ['request', serviceRequest],
    ['question', question],
    ['answer', answer],
    ['consent', consent],
    ['task', task],
  ];
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: options.now.toISOString(),
    identifier: { system: FHIR_SYSTEM.consult, value: consult.id },
    entry: entries.flatMap(([part, resource]): BundleEntry[] =>
      resource ? [{ fullUrl: url(part), resource }] : [],
    ),
  };
}
