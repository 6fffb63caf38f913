/** Step `login`: the consultant logs in on the tablet (`POST /auth/token`). */
import { type TabletSession, tabletHeaders } from '../tablet-session.ts';

/** A consultant's credentials. */
export interface Credentials {
  readonly login: string;
  readonly password: string;
}

/** Logs in and keeps the access token in the session. @returns whether it worked */
export async function logIn(session: TabletSession, credentials: Credentials): Promise<boolean> {
  const res = await session.api.send({
    step: 'login',
    method: 'POST',
    url: `${session.baseUrl}/auth/token`,
    name: '/auth/token',
    headers: tabletHeaders(session),
    body: { login: credentials.login, password: credentials.password },
    expect: [200],
  });
  const access = res.ok ? (res.body as { access?: unknown }).access : undefined;
  const ok = session.recorder.check('login: the consultant gets a token', typeof access === 'string');
  if (typeof access === 'string') session.token = access;
  return ok;
}
