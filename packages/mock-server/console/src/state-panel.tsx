import { SMS_QUOTA_PER_MONTH } from '@icontact/domain';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { almaty } from './format.js';
import { useAdmin } from './use-admin.js';

interface User {
  readonly id: string;
  readonly login: string;
  readonly password: string;
  readonly role: string;
  readonly surname: string;
  readonly firstName: string;
  readonly patronymic: string;
  readonly email: string;
  readonly phone: string;
  readonly supervisorId: string | null;
  readonly deletedAt: string | null;
}
interface Shift {
  readonly id: string;
  readonly number: number;
  readonly consultantId: string;
  readonly projectId: string;
  readonly date: string;
  readonly plannedStart: string;
  readonly plannedEnd: string;
  readonly status: string;
  readonly actualStart: string | null;
  readonly actualEnd: string | null;
  readonly closedBy: string | null;
  readonly deletedAt: string | null;
}
interface Contact {
  readonly id: string;
  readonly shiftId: string;
  readonly consultantId: string;
  readonly step: string;
  readonly openedAt: string;
  readonly updatedAt: string;
  readonly consumer: {
    surname: string;
    firstName: string;
    patronymic: string;
    iin: string;
    phone: string;
  } | null;
  readonly sms: { code: string; phone: string } | null;
}
interface Sms {
  readonly id: string;
  readonly phone: string;
  readonly code: string;
  readonly text: string;
  readonly at: string;
}
interface Email {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly token: string;
  readonly at: string;
}
interface SmsSent {
  readonly phone: string;
  readonly month: string;
  readonly count: number;
}

const VIEWS = ['Accounts', 'Shifts', 'Contacts', 'SMS inbox', 'Emails', 'SMS quota'] as const;
type View = (typeof VIEWS)[number];
const EVERY_MS = 2000;

function Table(props: {
  readonly caption: string;
  readonly head: readonly string[];
  readonly children: ComponentChildren;
  readonly empty: boolean;
}) {
  return (
    <div class="table-wrap">
      <table class="state">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.head.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.empty ? (
            <tr>
              <td colSpan={props.head.length}>Nothing yet.</td>
            </tr>
          ) : (
            props.children
          )}
        </tbody>
      </table>
    </div>
  );
}

function useLogins() {
  const users = useAdmin<User[]>('/state/users', EVERY_MS);
  const byId = new Map((users.data ?? []).map((user) => [user.id, user]));
  return { users, login: (id: string | null) => (id === null ? '—' : (byId.get(id)?.login ?? id)) };
}

function Accounts() {
  const { users, login } = useLogins();
  const list = users.data ?? [];
  return (
    <Table
      caption="Accounts, with their passwords (seeded ones included)"
      head={['Login', 'Password', 'Role', 'Name', 'Phone', 'Email', 'Supervisor', 'Deleted']}
      empty={list.length === 0}
    >
      {list.map((user) => (
        <tr key={user.id}>
          <td>{user.login}</td>
          <td>
            <code>{user.password}</code>
          </td>
          <td>{user.role}</td>
          <td>{`${user.surname} ${user.firstName} ${user.patronymic}`}</td>
          <td>{user.phone}</td>
          <td>{user.email}</td>
          <td>{login(user.supervisorId)}</td>
          <td>{user.deletedAt === null ? '' : almaty(user.deletedAt, true)}</td>
        </tr>
      ))}
    </Table>
  );
}

function Shifts() {
  const { login } = useLogins();
  const shifts = useAdmin<Shift[]>('/state/shifts', EVERY_MS);
  const list = [...(shifts.data ?? [])].sort((a, b) => a.number - b.number);
  return (
    <Table
      caption="Shifts and their status (times in Almaty)"
      head={['No.', 'Consultant', 'Date', 'Planned', 'Status', 'Started', 'Ended', 'Closed by', 'Project']}
      empty={list.length === 0}
    >
      {list.map((shift) => (
        <tr key={shift.id} class={shift.deletedAt === null ? undefined : 'expired'}>
          <td class="num">{shift.number}</td>
          <td>{login(shift.consultantId)}</td>
          <td>{shift.date}</td>
          <td>
            {almaty(shift.plannedStart).slice(0, 5)}–{almaty(shift.plannedEnd).slice(0, 5)}
          </td>
          <td>{shift.deletedAt === null ? shift.status : `${shift.status} (deleted)`}</td>
          <td>{almaty(shift.actualStart)}</td>
          <td>{almaty(shift.actualEnd)}</td>
          <td>{shift.closedBy ?? ''}</td>
          <td>{shift.projectId}</td>
        </tr>
      ))}
    </Table>
  );
}

function Contacts() {
  const { login } = useLogins();
  const contacts = useAdmin<Contact[]>('/state/contacts', EVERY_MS);
  const list = [...(contacts.data ?? [])].reverse();
  return (
    <Table
      caption="Contacts and the step each has reached, newest first"
      head={['Opened', 'Consultant', 'Step', 'Consumer', 'ИИН', 'Phone', 'SMS code', 'Updated']}
      empty={list.length === 0}
    >
      {list.map((contact) => (
        <tr key={contact.id}>
          <td>{almaty(contact.openedAt)}</td>
          <td>{login(contact.consultantId)}</td>
          <td>{contact.step}</td>
          <td>
            {contact.consumer === null
              ? '—'
              : `${contact.consumer.surname} ${contact.consumer.firstName} ${contact.consumer.patronymic}`}
          </td>
          <td>{contact.consumer?.iin ?? ''}</td>
          <td>{contact.consumer?.phone ?? ''}</td>
          <td>{contact.sms?.code ?? ''}</td>
          <td>{almaty(contact.updatedAt)}</td>
        </tr>
      ))}
    </Table>
  );
}

function Inbox() {
  const inbox = useAdmin<Sms[]>('/sms', EVERY_MS);
  const list = [...(inbox.data ?? [])].reverse();
  return (
    <Table
      caption="SMS delivered to consumers, newest first: the codes to type in"
      head={['At (Almaty)', 'Phone', 'Code', 'Text']}
      empty={list.length === 0}
    >
      {list.map((sms) => (
        <tr key={sms.id}>
          <td>{almaty(sms.at, true)}</td>
          <td>{sms.phone}</td>
          <td>
            <strong class="code">{sms.code}</strong>
          </td>
          <td>{sms.text}</td>
        </tr>
      ))}
    </Table>
  );
}

function Emails() {
  const emails = useAdmin<Email[]>('/emails', EVERY_MS);
  const list = [...(emails.data ?? [])].reverse();
  return (
    <Table
      caption="Password-reset emails, newest first"
      head={['At (Almaty)', 'To', 'Subject', 'Reset token', 'Text']}
      empty={list.length === 0}
    >
      {list.map((email) => (
        <tr key={email.id}>
          <td>{almaty(email.at, true)}</td>
          <td>{email.to}</td>
          <td>{email.subject}</td>
          <td>
            <code>{email.token}</code>
          </td>
          <td class="text">{email.text}</td>
        </tr>
      ))}
    </Table>
  );
}

function Quota() {
  const sent = useAdmin<SmsSent[]>('/state/sms-sent', EVERY_MS);
  const list = sent.data ?? [];
  return (
    <Table
      caption={`SMS sent per phone and month (Almaty): at most ${SMS_QUOTA_PER_MONTH} a month`}
      head={['Phone', 'Month', 'Sent', 'Left']}
      empty={list.length === 0}
    >
      {list.map((row) => (
        <tr key={`${row.phone} ${row.month}`} class={row.count >= SMS_QUOTA_PER_MONTH ? 'struck' : undefined}>
          <td>{row.phone}</td>
          <td>{row.month}</td>
          <td class="num">
            {row.count} of {SMS_QUOTA_PER_MONTH}
          </td>
          <td class="num">{Math.max(0, SMS_QUOTA_PER_MONTH - row.count)}</td>
        </tr>
      ))}
    </Table>
  );
}

/** What the mock holds: accounts, shifts, contacts, the SMS inbox, emails, the SMS quota. */
export function StatePanel() {
  const [view, setView] = useState<View>('Accounts');
  return (
    <section aria-labelledby="state-title">
      <h2 id="state-title">State</h2>
      <fieldset class="buttons bare">
        <legend class="visually-hidden">Which state to show</legend>
        {VIEWS.map((name) => (
          <button key={name} type="button" aria-pressed={view === name} onClick={() => setView(name)}>
            {name}
          </button>
        ))}
      </fieldset>
      {view === 'Accounts' ? <Accounts /> : null}
      {view === 'Shifts' ? <Shifts /> : null}
      {view === 'Contacts' ? <Contacts /> : null}
      {view === 'SMS inbox' ? <Inbox /> : null}
      {view === 'Emails' ? <Emails /> : null}
      {view === 'SMS quota' ? <Quota /> : null}
    </section>
  );
}
