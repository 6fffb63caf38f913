"""Fixtures of the contract fuzzing: a contact stood at the step an operation acts on.

A fuzzed contact step (`PUT /contacts/{id}/consumer` … `submit`, `refuse`) with a made-up contact id
only ever meets 404, and one with the id of a contact at another step meets 409. So a case whose
`contactId` is a well-formed id gets the id of a fresh contact that the mock's own API has brought just
before that step (opened, consumer recorded, ИИН checked, SMS sent, code verified, details recorded),
and a well-formed SMS code is replaced by the code the mock delivered (read from its admin API).
Each fixture contact has its own phone number, so the SMS quota of one number is never the limit.
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
# The steps a contact goes through, in order; an operation's fixture stops before its own step.
STEPS = ["consumer", "iin-check", "sms", "sms/verify", "details", "submit"]
# The operation (path after /contacts/{contactId}) → how many steps its contact has taken.
STEPS_TAKEN = {"": 0, "/refuse": 0, **{f"/{step}": index for index, step in enumerate(STEPS)}}

_numbers = itertools.count(1)


class FixtureError(Exception):
    """The mock refused a fixture's step (e.g. every account's shift was closed by the fuzzer)."""


class ContactFixtures:
    """Stands contacts at a step through the API, as the tablet app does."""

    def __init__(self):
        self.api = os.environ["ICONTACT_FUZZ_API_URL"]
        self.admin = os.environ.get("ICONTACT_FUZZ_ADMIN_URL")
        self.token = None
        self.shift = None
        self.activity = None

    def _send(self, method, path, body=None):
        headers = {"X-Client-Kind": "tablet", "X-App-Version": APP_VERSION}
        if self.token is not None:
            headers["Authorization"] = f"Bearer {self.token}"
        return requests.request(method, f"{self.api}{path}", json=body, headers=headers, timeout=TIMEOUT)

    def _expect(self, method, path, body=None):
        response = self._send(method, path, body)
        if response.status_code >= 300:
            raise FixtureError(f"{method} {path}: {response.status_code} {response.text[:200]}")
        return response.json() if response.content else None

    def _session(self):
        """Logs a consultant in and finds their open shift and an activity type of its project."""
        for login in os.environ["ICONTACT_FUZZ_LOGINS"].split(","):
            self.token = None
            response = self._send(
                "POST", "/auth/token", {"login": login, "password": os.environ["ICONTACT_FUZZ_PASSWORD"]}
            )
            if response.status_code != 200:
                continue
            self.token = response.json()["access"]
            shifts = self._expect("GET", "/shifts")
            shifts = shifts.get("items", shifts) if isinstance(shifts, dict) else shifts
            for shift in shifts:
                if shift.get("status") == "planned":
                    if self._send("POST", f"/shifts/{shift['id']}/start").status_code == 200:
                        shift["status"] = "in_progress"
                if shift.get("status") == "in_progress":
                    self.shift = shift
                    self.activity = self._activity(shift)
                    return
        raise FixtureError("no consultant with an open shift")

    def _activity(self, shift):
        projects = self._expect("GET", "/projects")
        projects = projects.get("items", projects) if isinstance(projects, dict) else projects
        for project in projects:
            if project.get("id") == shift.get("projectId"):
                return project["activityTypes"][0]["id"]
        return projects[0]["activityTypes"][0]["id"]

    def contact_at(self, steps_taken):
        """A fresh contact that has taken `steps_taken` steps of STEPS; its id and phone."""
        for attempt in range(2):
            try:
                if self.token is None or attempt > 0:
                    self._session()
                return self._stand(steps_taken)
            except FixtureError:
                if attempt > 0:
                    raise
        raise FixtureError("unreachable")

    def _stand(self, steps_taken):
        contact = self._expect(
            "POST", f"/shifts/{self.shift['id']}/contacts", {"activityTypeId": self.activity}
        )
        contact_id = contact["id"]
        phone = f"+7702{next(_numbers) % 10_000_000:07d}"
        for step in STEPS[:steps_taken]:
            if step == "consumer":
                self._expect("PUT", f"/contacts/{contact_id}/consumer", {**CONSUMER, "phone": phone})
            elif step == "sms/verify":
                self._expect("POST", f"/contacts/{contact_id}/sms/verify", {"code": self.sms_code(phone)})
            elif step == "details":
                self._expect("PUT", f"/contacts/{contact_id}/details", DETAILS)
            else:
                self._expect("POST", f"/contacts/{contact_id}/{step}")
        return contact_id, phone

    def sms_code(self, phone):
        """The last code the mock delivered to `phone` (its admin API's SMS inbox)."""
        response = requests.get(f"{self.admin}/sms", params={"phone": phone}, timeout=TIMEOUT)
        messages = response.json() if response.status_code == 200 else []
        if not messages:
            raise FixtureError(f"no SMS delivered to {phone}")
        return messages[-1]["code"]
