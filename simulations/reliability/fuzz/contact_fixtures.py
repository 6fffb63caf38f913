"""Fixtures of the contract fuzzing: accounts, shifts and contacts stood at the step an operation acts on.

A fuzzed step with a made-up id only ever meets 404, and one with the id of a resource at another step
meets 409. So the hooks (hooks.py) give a case whose id is well-formed but was never handed out by the
API the id of a resource the mock's own API has just brought to that step, as the tablet app would:

- a **main consultant** (a team made by the admin API's `POST /__admin/team`, its shift started) whose
  session the fuzzer's requests carry, and whose shift the shift operations act on;
- a **contact** of that shift brought just before an operation's step (opened, consumer recorded, ИИН
  checked, SMS sent, code verified, details recorded), each with its own phone number, so the SMS
  quota of one number is never the limit;
- a **throwaway consultant** for the operations that end a shift or an account's password (start,
  final sync, close, password reset), so the main session survives them.

Live values come from the admin API too: the SMS code the mock delivered, the reset email's token.
"""

import itertools
import os

import requests

TIMEOUT = 10
APP_VERSION = "3.2.0"
CONSUMER = {"surname": "Ахметов", "firstName": "Ерлан", "patronymic": "Болатович", "iin": "791028302728"}
DETAILS = {
    "devices": [{"model": "Samsung Galaxy A15", "serial": "R58W30ABCDE", "quantity": 1}],
    "compliment": {"kind": "Термокружка", "quantity": 1},
}
# A password the reset confirm sets (8–128 characters, not all digits).
NEW_PASSWORD = "Fuzz-reset-1"
# The steps a contact goes through, in order; an operation's fixture stops before its own step.
STEPS = ["consumer", "iin-check", "sms", "sms/verify", "details", "submit"]
# The operation (path after /contacts/{contactId}) → how many steps its contact has taken.
STEPS_TAKEN = {"": 0, "/refuse": 0, **{f"/{step}": index for index, step in enumerate(STEPS)}}

_numbers = itertools.count(1)


class FixtureError(Exception):
    """The mock refused a fixture's step."""


class Consultant:
    """A consultant logged in from the tablet, with the shift the admin API assigned them."""

    def __init__(self, world, login, password, shift_id):
        self.world = world
        self.login = login
        self.password = password
        self.shift_id = shift_id
        self.access = None
        self.refresh = None
        self.activity = None
        # False once the mock said the consultant's day is over (a fuzzed close: access_closed).
        self.open = True
        world.owners[shift_id] = self

    def log_in(self):
        answer = self.send("POST", "/auth/token", {"login": self.login, "password": self.password}, auth=False)
        if answer.status_code != 200:
            raise FixtureError(f"login of {self.login}: {answer.status_code} {answer.text[:200]}")
        tokens = answer.json()
        self.access, self.refresh = tokens["access"], tokens["refresh"]
        self.world.by_token[self.access] = self
        return tokens

    def token(self):
        """The consultant's access token, logging in again after a fuzzed logout revoked the last."""
        if self.access is None:
            self.log_in()
        return self.access

    def send(self, method, path, body=None, auth=True):
        headers = {"X-Client-Kind": "tablet", "X-App-Version": APP_VERSION}
        if auth and self.access is not None:
            headers["Authorization"] = f"Bearer {self.access}"
        return requests.request(method, f"{self.world.api}{path}", json=body, headers=headers, timeout=TIMEOUT)

    def expect(self, method, path, body=None):
        answer = self.send(method, path, body)
        if answer.status_code >= 300:
            raise FixtureError(f"{method} {path}: {answer.status_code} {answer.text[:200]}")
        return answer.json() if answer.content else None

    def start(self):
        shift = self.expect("POST", f"/shifts/{self.shift_id}/start")
        project_id = (shift.get("project") or {}).get("id")
        projects = self.expect("GET", "/projects")
        projects = projects.get("items", projects) if isinstance(projects, dict) else projects
        project = next((p for p in projects if p.get("id") == project_id), projects[0])
        self.activity = project["activityTypes"][0]["id"]
        return self



class ContactFixtures:
    """Stands consultants, shifts and contacts at a step through the API, as the tablet app does."""

    def __init__(self):
        self.api = os.environ["ICONTACT_FUZZ_API_URL"]
        self.admin = os.environ["ICONTACT_FUZZ_ADMIN_URL"]
        self._main = None
        # access token → its consultant; contact or shift id → the consultant it belongs to.
        self.by_token = {}
        self.owners = {}
        # contact id → the phone its consumer was recorded with (for the delivered SMS code).
        self.phones = {}

    def consultant(self, started=True):
        """A new consultant of a new team, logged in, their shift started unless `started` is false."""
        answer = requests.post(f"{self.admin}/team", json={"consultants": 1}, timeout=TIMEOUT)
        if answer.status_code != 201:
            raise FixtureError(f"POST /__admin/team: {answer.status_code} {answer.text[:200]}")
        made = answer.json()["consultants"][0]
        consultant = Consultant(self, made["login"], made["password"], made["shiftId"])
        consultant.log_in()
        return consultant.start() if started else consultant

    def main(self):
        """The consultant the fuzzer acts as; a new one once a fuzzed close or logout ended the last."""
        if self._main is None or not self._main.open:
            self._main = self.consultant()
        return self._main

    def drop_main(self):
        """Forgets the main consultant: the next main() makes a new one."""
        self._main = None

    def contact_at(self, steps_taken):
        """A fresh contact of the main shift that has taken `steps_taken` steps of STEPS; its id."""
        for attempt in range(2):
            try:
                return self._stand(self.main(), steps_taken)
            except FixtureError:
                if attempt > 0:
                    raise
                self.drop_main()
        raise FixtureError("unreachable")

    def _stand(self, consultant, steps_taken):
        contact = consultant.expect(
            "POST", f"/shifts/{consultant.shift_id}/contacts", {"activityTypeId": consultant.activity}
        )
        contact_id = contact["id"]
        self.owners[contact_id] = consultant
        for step in STEPS[:steps_taken]:
            if step == "consumer":
                consultant.expect("PUT", f"/contacts/{contact_id}/consumer", self.consumer(contact_id))
            elif step == "sms/verify":
                consultant.expect("POST", f"/contacts/{contact_id}/sms/verify", {"code": self.sms_code(contact_id)})
            elif step == "details":
                consultant.expect("PUT", f"/contacts/{contact_id}/details", DETAILS)
            else:
                consultant.expect("POST", f"/contacts/{contact_id}/{step}")
        return contact_id

    def consumer(self, contact_id):
        """A whole consumer with a phone number of its own, remembered for `contact_id`."""
        phone = f"+7702{next(_numbers) % 10_000_000:07d}"
        self.phones[contact_id] = phone
        return {**CONSUMER, "phone": phone}

    def sms_code(self, contact_id):
        """The last code the mock delivered to the consumer of `contact_id` (its admin API's SMS inbox)."""
        phone = self.phones.get(contact_id)
        if phone is None:
            contact = self.owners.get(contact_id, self.main()).send("GET", f"/contacts/{contact_id}")
            phone = ((contact.json() if contact.status_code == 200 else {}).get("consumer") or {}).get("phone")
        if phone is None:
            raise FixtureError(f"no phone known for contact {contact_id}")
        answer = requests.get(f"{self.admin}/sms", params={"phone": phone}, timeout=TIMEOUT)
        messages = answer.json() if answer.status_code == 200 else []
        if not messages:
            raise FixtureError(f"no SMS delivered to {phone}")
        return messages[-1]["code"]

    def reset_token(self):
        """The token of a password-reset email just sent to a throwaway consultant."""
        consultant = self.consultant(started=False)
        users = requests.get(f"{self.admin}/state/users", timeout=TIMEOUT).json()
        email = next(user["email"] for user in users if user["login"] == consultant.login)
        consultant.expect("POST", "/auth/password-reset", {"email": email})
        emails = requests.get(f"{self.admin}/emails", timeout=TIMEOUT).json()
        return next(mail["token"] for mail in reversed(emails) if mail["to"] == email)


_shared = []


def shared_fixtures():
    """The one ContactFixtures of the process (Schemathesis may load the hooks module more than once)."""
    if not _shared:
        _shared.append(ContactFixtures())
    return _shared[0]
