import type Database from 'better-sqlite3';
import { Organisation, type OrgId, type ServiceCatalogue } from '@konsiili/shared';
import type { OrganisationStore } from '../../orgs/organisation.store.ts';
import { asDuplicateKeyError } from './constraint-errors.ts';
import { parseJson } from '../records.ts';
import { settle } from './settle.ts';

interface OrganisationRow {
  id: string;
  name: string;
  services_json: string;
}

export class SqliteOrganisationStore implements OrganisationStore {
  readonly #insert: Database.Statement<[OrganisationRow]>;
  readonly #get: Database.Statement<[string], OrganisationRow>;
  readonly #list: Database.Statement<[], OrganisationRow>;
  readonly #updateServices: Database.Statement<[string, string]>;

  constructor(db: Database.Database) {
    this.#insert = db.prepare(
      'INSERT INTO organisations (id, name, services_json) VALUES (@id, @name, @services_json)',
    );
    this.#get = db.prepare('SELECT id, name, services_json FROM organisations WHERE id = ?');
    this.#list = db.prepare('SELECT id, name, services_json FROM organisations ORDER BY seq');
    this.#updateServices = db.prepare('UPDATE organisations SET services_json = ? WHERE id = ?');
  }

  create(org: Organisation): Promise<void> {
    return settle(() => {
      try {
        this.#insert.run({ id: org.id, name: org.name, services_json: JSON.stringify(org.services) });
      } catch (error) {
        throw asDuplicateKeyError(error, { 'organisations.id': 'organisations.id' });
      }
    });
  }

  get(id: OrgId): Promise<Organisation | undefined> {
    return settle(() => {
      const row = this.#get.get(id);
      return row === undefined ? undefined : parseOrganisation(row);
    });
  }

  list(): Promise<Organisation[]> {
    return settle(() => this.#list.all().map((row) => parseOrganisation(row)));
  }

  updateServices(id: OrgId, services: ServiceCatalogue): Promise<boolean> {
    return settle(() => this.#updateServices.run(JSON.stringify(services), id).changes > 0);
  }
}

function parseOrganisation(row: OrganisationRow): Organisation {
  return Organisation.parse({ id: row.id, name: row.name, services: parseJson(row.services_json) });
}
