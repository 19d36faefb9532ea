import { Client } from 'pg';

import { apiRoleUrl, type TestApp } from './test-app';

/** A client connected as the API's own database role, for testing what that role may do below the API; end it when done. */
export async function connectAsApiRole(t: TestApp): Promise<Client> {
  const client = new Client({ connectionString: apiRoleUrl(t) });
  await client.connect();
  return client;
}
