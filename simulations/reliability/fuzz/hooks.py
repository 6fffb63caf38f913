"""Schemathesis hooks of the contract fuzzing: log in as the tablet app does, and stand each step.

Schemathesis's own dynamic auth cannot send the client headers the login needs (a consultant logs in
only from a tablet, R1), so the provider below logs in. With ICONTACT_FUZZ_LOGINS empty (the
consultants' run) the fuzzer acts as a consultant the admin API made for the run (contact_fixtures.py),
replaced once a fuzzed close or logout ended their session; otherwise as the first of those logins
that can log in (the supervisors' run). The token is fetched again every few seconds.

Before each call:
- a fresh Idempotency-Key for every case that sends a valid one;
- a well-formed `contactId`/`shiftId` that the API never handed out (a made-up or example id) becomes
  the id of a resource stood at the operation's step; ids the fuzzer got from the API — those the
  stateful phase carries along the contract's links — are kept;
- in the examples and stateful phases, a positive case's values that only the live mock can know (an
  account's password, a refresh token, a reset token, the project's activity type, a consumer with a
  valid ИИН, the delivered SMS code, a final-sync manifest) are filled in. The coverage and fuzzing
  phases keep their generated values: they probe the boundaries.
"""

import os
import re
import uuid

import requests
import schemathesis
from contact_fixtures import DETAILS, NEW_PASSWORD, STEPS_TAKEN, FixtureError, shared_fixtures

TABLET_HEADERS_VERSION = "3.2.0"
FIXTURES = shared_fixtures() if os.environ.get("ICONTACT_FUZZ_ADMIN_URL") else None
LOGINS = [login for login in os.environ.get("ICONTACT_FUZZ_LOGINS", "").split(",") if login]


def log_in(login):
    return requests.post(
        f"{os.environ['ICONTACT_FUZZ_API_URL']}/auth/token",
        json={"login": login, "password": os.environ["ICONTACT_FUZZ_PASSWORD"]},
        headers={"X-Client-Kind": os.environ["ICONTACT_FUZZ_CLIENT_KIND"], "X-App-Version": TABLET_HEADERS_VERSION},
        timeout=10,
    )


@schemathesis.auth(refresh_interval=5)
class MockLogin:
    def get(self, case, context):
        if not LOGINS and FIXTURES is not None:
            try:
                return FIXTURES.main().token()
            except FixtureError:
                # The fuzzer locked the account out (wrong passwords for its login): another consultant.
                FIXTURES.drop_main()
                return FIXTURES.main().token()
        refusals = []
        for login in LOGINS:
            response = log_in(login)
            if response.status_code == 200:
                return response.json()["access"]
            refusals.append(f"{login}: {response.status_code} {response.text[:200]}")
        raise RuntimeError("no account could log in: " + "; ".join(refusals))

    def set(self, case, data, context):
        case.headers = case.headers or {}
        case.headers["Authorization"] = f"Bearer {data}"


# A valid Idempotency-Key (1-255 visible ASCII characters, the contract's pattern).
VALID_IDEMPOTENCY_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")
UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
CONTACT_PATH = "/contacts/{contactId}"
# Ids the API handed out (in answers) or the fuzzer sent after a fixture stood them.
SEEN = set()


def collect_ids(value):
    if isinstance(value, str) and UUID.match(value):
        SEEN.add(value.lower())
    elif isinstance(value, dict):
        for item in value.values():
            collect_ids(item)
    elif isinstance(value, list):
        for item in value:
            collect_ids(item)


def consultant_of(case):
    """The fixture consultant whose token the case carries, if any."""
    authorization = (case.headers or {}).get("Authorization", "")
    return FIXTURES.by_token.get(authorization.removeprefix("Bearer ")) if FIXTURES is not None else None


@schemathesis.hook
def after_call(context, case, response):
    found = set(SEEN)
    collect_ids(case.path_parameters or {})
    try:
        body = response.json()
    except Exception:  # noqa: BLE001 — not every answer is JSON
        body = None
    collect_ids(body)
    consultant = consultant_of(case)
    if consultant is None:
        return
    # What the consultant's answers hand out is theirs: the next request about it acts as them.
    for new_id in SEEN - found:
        FIXTURES.owners.setdefault(new_id, consultant)
    code = body.get("code") if isinstance(body, dict) else None
    if response.status_code == 401 and code == "token_not_valid":
        consultant.access = None  # a fuzzed logout revoked the session: log in again
    elif code in ("access_closed", "outside_shift"):
        consultant.open = False  # a fuzzed close ended the day


@schemathesis.hook
def before_call(context, case, kwargs):
    headers = case.headers or {}
    for name, value in list(headers.items()):
        if name.lower() == "idempotency-key" and isinstance(value, str) and VALID_IDEMPOTENCY_KEY.match(value):
            headers[name] = str(uuid.uuid4())
    if FIXTURES is None or case.meta is None:
        return
    try:
        stand(case) or act_as_owner(case)
        if is_positive(case) and str(case.meta.phase.name) in ("examples", "stateful"):
            fill(case)
    except (FixtureError, requests.RequestException, KeyError, StopIteration):
        # The mock refused a fixture's step: the case keeps its values.
        return


def is_positive(case):
    return str(getattr(case.meta.generation.mode, "value", case.meta.generation.mode)) == "positive"


def made_up(case, name):
    value = (case.path_parameters or {}).get(name)
    return isinstance(value, str) and UUID.match(value) is not None and value.lower() not in SEEN


def act_as(case, consultant):
    """Sends the case with `consultant`'s token — only a case that carries a token of ours: one sent
    without a token or with a bad one (the ignored_auth check's) keeps it."""
    if consultant_of(case) is not None:
        case.headers["Authorization"] = f"Bearer {consultant.token()}"


def act_as_owner(case):
    """A case about a contact or shift that a fixture consultant owns acts as them, others as the main one.

    Only in the consultants' run (no ICONTACT_FUZZ_LOGINS).
    """
    if LOGINS:
        return
    parameters = case.path_parameters or {}
    owner = FIXTURES.owners.get(str(parameters.get("contactId", "")).lower()) or FIXTURES.owners.get(
        str(parameters.get("shiftId", "")).lower()
    )
    act_as(case, owner if owner is not None and owner.open else FIXTURES.main())


def stand(case):
    """Gives a made-up contact or shift id the id of a resource stood at the operation's step."""
    path, method = case.operation.path, case.operation.method.upper()
    if path.startswith(CONTACT_PATH) and made_up(case, "contactId"):
        steps_taken = STEPS_TAKEN.get(path[len(CONTACT_PATH) :])
        if steps_taken is not None:
            case.path_parameters["contactId"] = FIXTURES.contact_at(steps_taken)
            act_as(case, FIXTURES.main())
            return True
        return False
    if not path.startswith("/shifts/{shiftId}") or not made_up(case, "shiftId"):
        return False
    if method == "POST" and path.endswith("/start"):
        # A planned shift of a consultant of its own: starting the main shift twice is a conflict.
        consultant = FIXTURES.consultant(started=False)
    elif method == "POST" and (path.endswith("/close") or path.endswith("/sync/final")):
        # Closing ends a consultant's day: a throwaway consultant's shift, final sync done before a close.
        consultant = FIXTURES.consultant()
        if path.endswith("/close"):
            consultant.expect("POST", f"/shifts/{consultant.shift_id}/sync/final", {"manifest": []})
    else:
        consultant = FIXTURES.main()
    case.path_parameters["shiftId"] = consultant.shift_id
    act_as(case, consultant)
    return True


def fill(case):
    """Puts the values only the live mock knows into a positive case of the examples or stateful phase.

    The body is replaced, never changed in place: a case's body can be the contract's example object,
    which later phases start from.
    """
    path, method = case.operation.path, case.operation.method.upper()
    body = dict(case.body) if isinstance(case.body, dict) else None
    contact_id = (case.path_parameters or {}).get("contactId")
    if body is None:
        return
    if method == "POST" and path == "/auth/token":
        if LOGINS:
            body.update(login=LOGINS[0], password=os.environ["ICONTACT_FUZZ_PASSWORD"])
        else:
            main = FIXTURES.main()
            body.update(login=main.login, password=main.password)
    elif method == "POST" and path == "/auth/token/refresh":
        body["refresh"] = FIXTURES.consultant(started=False).refresh
    elif method == "POST" and path == "/auth/password-reset/confirm":
        body.update(token=FIXTURES.reset_token(), newPassword=NEW_PASSWORD)
    elif method == "POST" and path == "/shifts/{shiftId}/contacts":
        main = FIXTURES.main()
        if case.path_parameters.get("shiftId") == main.shift_id:
            body["activityTypeId"] = main.activity
    elif method == "POST" and path == "/shifts/{shiftId}/sync/final":
        body["manifest"] = []
    elif method == "PUT" and path == CONTACT_PATH + "/consumer" and contact_id:
        body = FIXTURES.consumer(contact_id)
    elif method == "POST" and path == CONTACT_PATH + "/sms/verify" and contact_id:
        body["code"] = FIXTURES.sms_code(contact_id)
    elif method == "PUT" and path == CONTACT_PATH + "/details":
        body = dict(DETAILS)
    else:
        return
    case.body = body
