"""Schemathesis hooks of the contract fuzzing: log in through the mock's API as the tablet app does.

Schemathesis's own dynamic auth cannot send the client headers the login needs (a consultant logs in
only from a tablet, R1), so this provider does the login. The token is fetched again every few seconds:
a fuzzed `POST /auth/logout` revokes the session it was sent with, and a fuzzed
shift close ends a consultant's login window, so the next account of ICONTACT_FUZZ_LOGINS is tried.
"""

import os
import re
import uuid

import requests
import schemathesis
from contact_fixtures import STEPS_TAKEN, ContactFixtures, FixtureError

TABLET_HEADERS_VERSION = "3.2.0"


@schemathesis.auth(refresh_interval=5)
class MockLogin:
    def get(self, case, context):
        # The first account that can log in: a fuzzed shift close ends a consultant's login window.
        refusals = []
        for login in os.environ["ICONTACT_FUZZ_LOGINS"].split(","):
            response = requests.post(
                f"{os.environ['ICONTACT_FUZZ_API_URL']}/auth/token",
                json={"login": login, "password": os.environ["ICONTACT_FUZZ_PASSWORD"]},
                headers={
                    "X-Client-Kind": os.environ["ICONTACT_FUZZ_CLIENT_KIND"],
                    "X-App-Version": TABLET_HEADERS_VERSION,
                },
                timeout=10,
            )
            if response.status_code == 200:
                return response.json()["access"]
            refusals.append(f"{login}: {response.status_code} {response.text[:200]}")
        raise RuntimeError("no account could log in: " + "; ".join(refusals))

    def set(self, case, data, context):
        case.headers = case.headers or {}
        case.headers["Authorization"] = f"Bearer {data}"


# A valid Idempotency-Key (1-255 visible ASCII characters, the contract's pattern).
VALID_IDEMPOTENCY_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")


@schemathesis.hook
def before_call(context, case, kwargs):
    """A fresh Idempotency-Key for every case that sends a valid one.

    Generated cases otherwise reuse the contract's example key, so the second write of an operation
    with another body is refused as `idempotency_key_reused` (422) instead of reaching its rule. An
    invalid key (a negative case) is left as it is, to be refused.
    """
    headers = case.headers or {}
    for name, value in list(headers.items()):
        if name.lower() == "idempotency-key" and isinstance(value, str) and VALID_IDEMPOTENCY_KEY.match(value):
            headers[name] = str(uuid.uuid4())
    stand_contact(case)


CONTACT_PATH = "/contacts/{contactId}"
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
FIXTURES = ContactFixtures() if os.environ.get("ICONTACT_FUZZ_ADMIN_URL") else None


def stand_contact(case):
    """Gives a contact step a contact at that step (contact_fixtures.py), outside the stateful phase.

    Only a case whose `contactId` is a well-formed id gets one, so malformed ids are still refused; the
    stateful phase keeps the ids its links carry from one answer to the next request.
    """
    path = case.operation.path
    steps_taken = STEPS_TAKEN.get(path[len(CONTACT_PATH) :]) if path.startswith(CONTACT_PATH) else None
    if FIXTURES is None or steps_taken is None or case.meta is None:
        return
    if str(case.meta.phase.name) == "stateful":
        return
    contact_id = (case.path_parameters or {}).get("contactId")
    if not isinstance(contact_id, str) or not UUID.match(contact_id):
        return
    try:
        contact_id, phone = FIXTURES.contact_at(steps_taken)
        case.path_parameters["contactId"] = contact_id
        if path.endswith("/sms/verify") and isinstance(case.body, dict) and isinstance(case.body.get("code"), str):
            if re.fullmatch(r"[0-9]{6}", case.body["code"]):
                case.body["code"] = FIXTURES.sms_code(phone)
    except FixtureError:
        # The fuzzer closed every account's shift: the case keeps its made-up id.
        return
