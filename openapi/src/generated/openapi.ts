/**
 * DO NOT EDIT: generated from openapi/openapi.yaml by @icontact/openapi with openapi-typescript.
 *
 * To change it, change the contract, then run `./run pnpm --filter @icontact/openapi generate` and
 * commit this file; the `drift` check fails while it differs from a fresh generation.
 */

export interface paths {
    "/app/version": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Read the supported app versions
         * @description The minimum and latest app versions. Public, and never refused for an outdated app: this is how
         *     an outdated tablet learns that it must update (R7).
         */
        get: operations["getAppVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in
         * @description Exchanges a login and password for an access/refresh token pair (R1–R5). Checked in this order:
         *     the app version (a tablet below the minimum → 426), the credentials, the lock, the client kind
         *     (a consultant anywhere but `tablet` → `access_closed`, even with the right password), and for a
         *     consultant the login window: from 15 minutes before the planned start of a shift of theirs to
         *     its planned end, or while a shift is in progress.
         *
         *     The login is compared exactly (lowercase, no spaces). An unknown login answers SimpleJWT's
         *     `no_active_account`, a wrong password `invalid_credentials`. The 5th failure within 15 minutes
         *     answers `too_many_login_attempts` and locks the account for 10 minutes; while locked, every
         *     login answers `account_locked`. A completed password reset lifts the lock.
         */
        post: operations["obtainToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/token/refresh": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the token pair
         * @description Exchanges a refresh token for a new pair. The refresh token rotates: the one sent is revoked, so
         *     two concurrent refreshes with one token leave only one winner (the SDK shares one refresh
         *     between concurrent calls).
         */
        post: operations["refreshToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log out
         * @description Revokes the session of the bearer token: its refresh token and every access token issued with
         *     it. Repeating it with the same (now revoked) token answers `token_not_valid`.
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Read the current user
         * @description The signed-in user, with their role and, for a consultant, their supervisor binding.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request a password reset by email
         * @description Sends a one-time reset link (valid 60 minutes) to the account with this email (R6). A valid
         *     address always answers 202, whether or not an account has it, so that accounts cannot be
         *     enumerated. After the reset the consultant logs in **on the tablet**.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the emailed token
         * @description Sets the new password and lifts a login lock. The token works once. The consultant then logs
         *     in on the tablet with the new password.
         */
        post: operations["confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description The projects the caller can see, each with the activity types it allows and its pay terms: a
         *     supervisor sees every project; a consultant the projects of their own shifts.
         */
        get: operations["listProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shifts": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the consultant's shifts
         * @description The calling consultant's shifts whose local day (Asia/Almaty) is in `from`–`to`; both default to
         *     today. A shift can be missing because the consultant is not bound to a supervisor yet, none was
         *     assigned, it was assigned for another day, or it was deleted (R12, guide #23): ask the
         *     supervisor.
         */
        get: operations["listShifts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shifts/{shiftId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        /**
         * Read a shift
         * @description One shift with its project, the activity types the project allows, planned and actual times,
         *     status and final-sync state. Readable by its consultant and by their supervisor.
         */
        get: operations["getShift"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shifts/{shiftId}/start": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a shift
         * @description Sets the actual start to now and the status to `in_progress`. Allowed from 15 minutes before
         *     the planned start to the planned end (R2). Starting after the planned start is lateness and
         *     reduces pay (R9); starting early banks nothing (R10).
         */
        post: operations["startShift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shifts/{shiftId}/close": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a shift
         * @description Sets the actual end to now and the status to `closed`. Succeeds only once the shift's final
         *     sync is complete (`POST /shifts/{shiftId}/sync/final`), so that the shift counts as closed
         *     correctly (R11); allowed while the shift is in progress, whatever the hour. Ending before the
         *     planned end is under-work (R10).
         *
         *     The close-shift memo (guide #17): wait until the app says the final sync is complete; do not
         *     close the app, lock the tablet or lose the network meanwhile; on "Ошибка при завершении смены"
         *     retry the sync, then close again; if it persists, send the diagnostic report to the supervisor.
         */
        post: operations["closeShift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shifts/{shiftId}/timesheet": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        /**
         * Read a shift's timesheet
         * @description Planned against actual start and end, lateness, under-work, worked minutes and whether the
         *     shift was closed correctly (R9–R11). Readable by the shift's consultant and their supervisor.
         */
        get: operations["getTimesheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shifts/{shiftId}/contacts": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        /**
         * List a shift's contacts
         * @description The shift's contacts, oldest first, each with its current step. Readable by the shift's
         *     consultant and their supervisor.
         */
        get: operations["listShiftContacts"];
        put?: never;
        /**
         * Open a contact
         * @description Opens a new contact of the given activity type in a started shift; the shift's project must
         *     allow the activity type (R8: otherwise the project is wrong and only the supervisor can change
         *     it, guide #2). Allowed inside the login window or while the shift is in progress (R2).
         */
        post: operations["openContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shifts/{shiftId}/sync": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        /**
         * Read a shift's sync status
         * @description What the server holds of the shift's uploads: the accepted idempotency keys, the counts, and
         *     whether the final sync has completed. A client that lost an upload's answer reconciles its
         *     outbox from `acceptedKeys`.
         */
        get: operations["getSyncStatus"];
        put?: never;
        /**
         * Upload contacts recorded offline
         * @description Uploads 1 to 100 contacts of the shift, each with its own client-generated idempotency key;
         *     each item gets its own result. The first acceptance of a contact stands: a repeat of the key,
         *     or the same contact under another key, is a `duplicate`. An item leaves the client's outbox on
         *     `accepted` or `duplicate`, never on a transport failure. Allowed while the shift is in
         *     progress, whatever the hour.
         *
         *     "101 ошибка" (guide #20) is `sync_failed` (500, `appCode: 101`): nothing of the batch was
         *     applied, and repeating the same batch is safe.
         */
        post: operations["syncContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shifts/{shiftId}/sync/final": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete the final sync of a shift
         * @description Sends the manifest of the shift — the idempotency keys of every contact the tablet recorded in
         *     it — and compares it with what the server holds. All present: the final sync is complete and
         *     the shift can be closed correctly (R11). Every contact submitted online in the shift must have
         *     come in through an accepted upload as well (decision 0004): an empty manifest does not complete a
         *     day of unsent contacts. Otherwise `final_sync_incomplete` lists the `missing` keys and the
         *     `missingContacts`: upload those, then repeat. Allowed while the shift is in progress, whatever the hour.
         */
        post: operations["finalizeSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supervisor/consultants": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List consultants
         * @description Consultants the supervisor can see: those bound to them and those bound to no supervisor yet
         *     (R12: an unbound consultant has no shifts). `bound` narrows the list to one of the two.
         */
        get: operations["listConsultants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supervisor/team": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the supervisor's team
         * @description The consultants bound to the calling supervisor.
         */
        get: operations["listTeam"];
        put?: never;
        /**
         * Bind a consultant to the team
         * @description Binds a consultant who has no supervisor to the calling supervisor; from then on shifts can be
         *     assigned to them (R12). Binding a consultant already in the team changes nothing and answers
         *     200; a consultant bound to another supervisor is refused with `permission_denied` (that
         *     supervisor must release them first).
         */
        post: operations["bindConsultant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supervisor/shifts": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the team's shifts of a day
         * @description The shifts of the supervisor's consultants on one local day (default today), deleted ones excluded.
         */
        get: operations["listTeamShifts"];
        put?: never;
        /**
         * Assign a shift
         * @description Assigns a shift to a consultant of the team: the day, the planned start and end, and the project
         *     that decides the shift's activities and pay (R8). The consultant can log in from 15 minutes
         *     before the planned start.
         */
        post: operations["assignShift"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/supervisor/shifts/{shiftId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a shift
         * @description Deletes a planned shift of the team. It disappears from the consultant's app (R12) and answers
         *     `shift_not_found` from then on. A started or closed shift cannot be deleted.
         */
        delete: operations["deleteShift"];
        options?: never;
        head?: never;
        /**
         * Change a shift's project
         * @description Sets the project of a shift of the team that is not closed (R8). This is the remedy when the
         *     consultant sees the wrong activities or the wrong project name in the shift (guide #2): only
         *     the supervisor can change it. Contacts already recorded keep their activity type.
         */
        patch: operations["changeShiftProject"];
        trace?: never;
    };
    "/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * Read a contact
         * @description One contact with its current step and the actions it allows. Readable by the shift's
         *     consultant and their supervisor.
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/consumer": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Record the consumer
         * @description Records the consumer's full name, ИИН and phone (R13) at step `opened`; the contact moves to
         *     `consumer_recorded`. Surname, first name and patronymic are all required; the ИИН must be
         *     well-formed; the phone must be a Kazakh mobile number. The data cannot be changed afterwards
         *     (R14): refuse the contact and open a new one.
         */
        put: operations["recordConsumer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/iin-check": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the ИИН through KOMPRA
         * @description Verifies the recorded ИИН through KOMPRA at step `consumer_recorded`; on success the contact
         *     moves to `iin_verified`. When KOMPRA is down or slow the check fails although the data are
         *     right (R15, guide #29): wait 5–10 minutes (`Retry-After`) and repeat the check; the step stays
         *     `consumer_recorded` until it passes.
         */
        post: operations["checkIin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/sms": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the SMS code
         * @description Sends a 6-digit code (valid 5 minutes, 3 tries) to the consumer's phone at step
         *     `iin_verified`, or again at `sms_sent` (a resend issues a new code and invalidates the old one).
         *     The contact moves to `sms_sent`.
         *
         *     **Quota (R16, R17):** 3 SMS per phone number per calendar month (Asia/Almaty). Every send that
         *     reached the gateway counts, also one the gateway failed with 503; a request refused before the
         *     gateway does not. Send with an `Idempotency-Key`: a repeat with the same key replays the first
         *     answer and is not counted twice. Without one, never resend automatically.
         */
        post: operations["sendSmsCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/sms/verify": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the SMS code
         * @description Checks the code the consumer received at step `sms_sent`; on success the contact moves to
         *     `phone_verified`. A code allows 3 tries and lives 5 minutes. When the consumer gets no code
         *     (guide #28), check the number, the mobile network and the tablet's internet, then resend —
         *     minding the monthly quota.
         */
        post: operations["verifySmsCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/details": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Record devices and the compliment
         * @description Records the devices the consumer uses and the compliment handed over (R13) at step
         *     `phone_verified`; the contact moves to `details_recorded`. They cannot be changed afterwards.
         */
        put: operations["recordDetails"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/submit": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit the contact
         * @description Submits the contact at step `details_recorded`; it becomes `submitted`, final. The tablet then
         *     keeps its record in the outbox until `POST /shifts/{shiftId}/sync` accepts it.
         */
        post: operations["submitContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}/refuse": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse the contact ("Отказ")
         * @description Abandons the contact from any step before `submitted` (R14, guide #24): the way out after a
         *     mistake, since no step goes back. The contact becomes `refused`, final; the consultant returns
         *     to the shift's home screen and opens a new contact.
         */
        post: operations["refuseContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sms/quota/{phone}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description A Kazakh mobile number, `+7XXXXXXXXXX` (or the domestic `8XXXXXXXXXX`); URL-encode the `+` as
                 *     `%2B` where a client would otherwise turn it into a space.
                 * @example +77011234567
                 */
                phone: components["parameters"]["PhonePath"];
            };
            cookie?: never;
        };
        /**
         * Read a phone number's SMS quota
         * @description How many of the 3 SMS a month (Asia/Almaty) the number has left (R16). Check it before
         *     resending a code: every send that reached the gateway counts, also one the gateway failed.
         */
        get: operations["getSmsQuota"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * Format: uuid
         * @description A resource id (UUID).
         * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
         */
        Id: string;
        /**
         * Format: date
         * @description A calendar day in Asia/Almaty (UTC+05:00), `YYYY-MM-DD`.
         * @example 2026-11-24
         */
        LocalDate: string;
        /**
         * Format: date-time
         * @description An instant, ISO 8601 in UTC.
         * @example 2026-11-24T05:00:00.000Z
         */
        Instant: string;
        /**
         * @description An app version, `MAJOR.MINOR.PATCH` with an optional pre-release.
         * @example 3.2.0
         */
        SemVer: string;
        /**
         * @description The kind of client: `tablet` (the iContact app), `web` (the supervisors' panel in a browser),
         *     `phone`, `other`.
         * @enum {string}
         */
        ClientKind: "tablet" | "web" | "phone" | "other";
        /**
         * @description A Kazakhstan individual identification number (ИИН) as the server stores it: 12 digits, kept as a
         *     string (leading zeros are real). Digits 1–6 are the birth date YYMMDD, digit 7 the century and
         *     sex (1–6), digit 12 the two-pass mod-11 check digit. Since 2013 the digits need not match the
         *     person, so the decoded date and sex are hints only.
         * @example 791028302728
         * @example 061211600012
         */
        Iin: string;
        /**
         * @description A Kazakh mobile number in canonical form, `+7` and 10 digits.
         * @example +77011234567
         */
        Phone: string;
        /**
         * @description A Kazakh mobile number as typed: `+7XXXXXXXXXX` or the domestic `8XXXXXXXXXX`, spaces, dashes and
         *     parentheses allowed; the server stores it as `+7XXXXXXXXXX`. Only the mobile prefixes 700–702,
         *     705–708, 747, 760–764, 771, 775–778 and 785 are accepted; anything else is `phone_invalid` (422).
         * @example +77011234567
         * @example 8 (707) 555-12-34
         */
        PhoneInput: string;
        /** @description A person named in another resource. */
        PersonRef: {
            id: components["schemas"]["Id"];
            /**
             * @description Surname, first name and patronymic.
             * @example Сейтказиева Айгерим Нурлановна
             */
            fullName: string;
        };
        /** @description A human-readable acknowledgement. */
        Detail: {
            detail: string;
        };
        /**
         * @description A stable machine code from the toolkit's error catalogue (`@icontact/errors`): exactly its
         *     list, in its order; a code never changes once published. The catalogue gives each code its
         *     guide entries, the text the app shows, its retry policy and the remedies in Russian and English.
         *
         *     Transport and local codes never come on the wire: the SDK raises them for failures that have
         *     no HTTP answer (`host_unresolved`, `network_unavailable`, `connection_failed`,
         *     `unexpected_end_of_stream`, `connection_aborted`, `too_many_follow_ups`, `request_timeout`,
         *     `local_storage_full`), that the caller ended (`request_aborted`: its `AbortSignal`) or that it
         *     refuses before sending (`credentials_have_spaces`, `local_step_out_of_order`);
         *     `sms_not_delivered` is an advisory the SDK raises when the consumer gets no code, and
         *     `unknown_error` stands for anything unrecognised.
         * @enum {string}
         */
        ErrorCode: "unknown_error" | "internal_server_error" | "bad_gateway" | "service_unavailable" | "app_version_outdated" | "access_closed" | "rate_limited" | "validation_failed" | "malformed_json" | "unsupported_media_type" | "payload_too_large" | "not_found" | "method_not_allowed" | "idempotency_key_reused" | "idempotency_request_in_progress" | "authentication_required" | "token_not_valid" | "permission_denied" | "login_before_shift_window" | "outside_shift" | "no_active_account" | "invalid_credentials" | "too_many_login_attempts" | "account_locked" | "account_deleted" | "invalid_email" | "password_reset_token_invalid" | "password_too_weak" | "credentials_have_spaces" | "activity_not_in_project" | "consultant_not_bound" | "shift_not_found" | "shift_already_started" | "shift_not_started" | "shift_already_closed" | "final_sync_incomplete" | "shift_close_failed" | "contact_not_found" | "contact_step_conflict" | "contact_closed" | "consumer_incomplete" | "iin_invalid" | "iin_malformed_server_error" | "kompra_unavailable" | "kompra_timeout" | "iin_not_verified" | "phone_invalid" | "sms_quota_exceeded" | "sms_gateway_unavailable" | "sms_code_invalid" | "sms_code_expired" | "sms_code_attempts_exceeded" | "sms_not_delivered" | "sync_bad_request" | "sync_failed" | "sync_batch_too_large" | "host_unresolved" | "network_unavailable" | "connection_failed" | "unexpected_end_of_stream" | "connection_aborted" | "too_many_follow_ups" | "request_timeout" | "request_aborted" | "local_storage_full" | "local_step_out_of_order";
        /**
         * @description The one error body of the API, as the real backend (Django REST framework with SimpleJWT) sends
         *     it and as the mock extends it.
         *
         *     - **Always** (real backend and mock): `detail`, the text the app shows. DRF's own refusals are
         *       a bare `{"detail": …}` — a failed login (SimpleJWT: "No active account found with the given
         *       credentials", with `WWW-Authenticate: Bearer realm="api"`), throttling ("Request was
         *       throttled. Expected available in N seconds.", with `Retry-After: N`), "Not found.",
         *       "You do not have permission to perform this action.", "Authentication credentials were not
         *       provided.".
         *     - **Sometimes from the real backend**: `code` — SimpleJWT sends `token_not_valid` with its
         *       `messages` for a bad or expired token; other DRF answers carry none.
         *     - **Only from the mock**: `code` on every error, `requestId` (as in `X-Request-Id`), and the data
         *       fields the code carries (`retryAfter`, `opensAt`, `missing`, …).
         *
         *     So `detail` is the one required field: a client generated from this contract reads the real
         *     backend's bodies, and recognises an error without `code` by its `detail` text and its status
         *     (the catalogue of `@icontact/errors` keeps each code's exact text; the SDK does this).
         */
        Error: {
            /** @description What went wrong, in the words the app shows (Russian or English, as the guide has it). */
            detail: string;
            code?: components["schemas"]["ErrorCode"];
            /** @description The request's id, as in the `X-Request-Id` header. Sent by the mock on every error; the real backend sends none. */
            requestId?: string;
            /** @description SimpleJWT only, with `token_not_valid`: which token failed and why. The mock does not send it. */
            messages?: {
                token_class?: string;
                token_type?: string;
                message?: string;
            }[];
            /** @description With `validation_failed` and `consumer_incomplete`: one entry per refused field. */
            errors?: components["schemas"]["FieldError"][];
            /** @description Seconds to wait before retrying; sent wherever the `Retry-After` header is. */
            retryAfter?: number;
            /**
             * Format: date-time
             * @description With `login_before_shift_window`: when the next login window opens (15 minutes before the
             *     shift's planned start), or `null` when no shift is assigned at all.
             */
            opensAt?: string | null;
            /**
             * Format: date-time
             * @description With `account_locked`: when the lock lifts (a completed password reset lifts it earlier).
             */
            lockedUntil?: string;
            /** @description With `sms_quota_exceeded`: the SMS left this month for the number (`0`). */
            remaining?: number;
            /**
             * Format: date-time
             * @description With `sms_quota_exceeded`: the first instant of next month (Asia/Almaty), when the quota resets.
             */
            resetsAt?: string;
            /** @description With `sms_code_invalid`: wrong codes the current SMS still allows. */
            triesLeft?: number;
            /** @description With `contact_step_conflict`, `contact_closed` and `iin_not_verified`: the contact's current step. */
            currentStep?: components["schemas"]["ContactStep"];
            /** @description With `contact_step_conflict`, `contact_closed` and `iin_not_verified`: what the contact allows now. */
            allowedActions?: components["schemas"]["ContactAction"][];
            /**
             * @description With `final_sync_incomplete`: the idempotency keys of the manifest that the server does not
             *     hold; upload those items, then repeat the final sync. On a close, the keys of the last final
             *     sync's manifest that the server still lacks (empty when no final sync ran yet).
             */
            missing?: string[];
            /**
             * @description With `final_sync_incomplete`: the contacts the server saw submitted in the shift whose record
             *     no accepted upload carries (decision 0004): a manifest that leaves them out does not complete
             *     the final sync. Upload them, then repeat the final sync.
             */
            missingContacts?: string[];
            /**
             * @description With `sync_failed`: the app-level code the tablet shows, `101` ("101 ошибка").
             * @example 101
             */
            appCode?: number;
            /** @description With `app_version_outdated`: the oldest app version the server serves. */
            minimumVersion?: components["schemas"]["SemVer"];
        };
        /** @description One refused field of a request. */
        FieldError: {
            /**
             * @description Where the value is: a dotted path into the body (`consumer.iin`, `items.3.contactId`), or
             *     `query.<name>`, `path.<name>`, `header.<name>` for parameters.
             */
            field: string;
            /**
             * @description Why, as a short machine word: `required`, `type`, `format`, `enum`, `min_length`,
             *     `max_length`, `minimum`, `maximum`, `pattern`, `additional_property`, `missing`, `too_long`,
             *     `invalid_characters`, `invalid`.
             */
            code: string;
            /** @description A human-readable explanation. */
            message: string;
        };
        /** @description The app versions the server supports. */
        AppVersion: {
            /** @description The oldest app version served; a tablet below it gets `app_version_outdated` (426). */
            minimumVersion: components["schemas"]["SemVer"];
            /** @description The newest published app version. */
            latestVersion: components["schemas"]["SemVer"];
        };
        /**
         * @description `consultant` (МК: tablet only, within the login window) or `supervisor` (СВ: tablet or web).
         * @enum {string}
         */
        Role: "consultant" | "supervisor";
        /** @description The signed-in user. */
        User: {
            id: components["schemas"]["Id"];
            /**
             * @description The login, lowercase.
             * @example aigerim.seitkazieva
             */
            login: string;
            role: components["schemas"]["Role"];
            /**
             * @description Surname, first name and patronymic.
             * @example Сейтказиева Айгерим Нурлановна
             */
            fullName: string;
            /**
             * Format: uuid
             * @description A consultant's supervisor, or `null` while the consultant is bound to none (then no shift can
             *     be assigned, R12). Always `null` for a supervisor.
             */
            supervisorId: string | null;
        };
        /**
         * @description Login credentials. The login is lowercase and compared exactly: `Aigerim.S` or ` aigerim.s` does
         *     not match (R3); neither field may have spaces around it (the SDK refuses that before sending).
         */
        TokenRequest: {
            login: string;
            /** Format: password */
            password: string;
        };
        /** @description The refresh token to exchange. It is rotated: the old one is revoked by the exchange. */
        TokenRefreshRequest: {
            refresh: string;
        };
        /** @description An access/refresh token pair. Access lives 15 minutes, refresh 12 hours. */
        TokenPair: {
            /** @description The bearer token for `Authorization`. */
            access: string;
            /** @description The token for `POST /auth/token/refresh`; single use. */
            refresh: string;
            accessExpiresAt: components["schemas"]["Instant"];
            refreshExpiresAt: components["schemas"]["Instant"];
        };
        /** @description A token pair and the user it belongs to. */
        TokenResponse: components["schemas"]["TokenPair"] & {
            user: components["schemas"]["User"];
        };
        /**
         * @description The email of the account. It must be a valid address with no spaces around it
         *     (`invalid_email`, "Укажите валидный email", otherwise). The answer is the same whether or not an
         *     account has it.
         */
        PasswordResetRequest: {
            email: string;
        };
        /**
         * @description The one-time token from the reset email (valid 60 minutes) and the new password: 8–128
         *     characters, no spaces at either end, not all digits (`password_too_weak` otherwise).
         */
        PasswordResetConfirmRequest: {
            token: string;
            /** Format: password */
            newPassword: string;
        };
        /** @description A kind of consumer contact a project runs. */
        ActivityType: {
            id: components["schemas"]["Id"];
            /** @example Дегустация */
            name: string;
        };
        /**
         * @description How a shift of the project is paid (R8–R11): worked minutes at the hourly rate plus a bonus per
         *     submitted contact. Lateness and under-work shorten the worked time (starting early banks
         *     nothing), and a shift closed without its final sync is paid at `incorrectCloseFactor`.
         */
        PayTerms: {
            /** @enum {string} */
            currency: "KZT";
            /** @description Tenge per worked hour. */
            hourlyRate: number;
            /** @description Tenge per submitted contact. */
            contactBonus: number;
            /** @description The share of the shift's pay kept when the shift was not closed correctly. */
            incorrectCloseFactor: number;
        };
        /** @description A client project with the activity types it allows and its pay terms. */
        Project: {
            id: components["schemas"]["Id"];
            /** @example Напитки Алматы */
            name: string;
            /** @description The activity types a shift of this project allows. */
            activityTypes: components["schemas"]["ActivityType"][];
            pay: components["schemas"]["PayTerms"];
        };
        ProjectList: {
            items: components["schemas"]["Project"][];
        };
        /**
         * @description `planned` (assigned, not started) → `in_progress` (started by the consultant) → `closed`. A
         *     deleted shift is gone from every list and answers `shift_not_found`.
         * @enum {string}
         */
        ShiftStatus: "planned" | "in_progress" | "closed";
        /** @description Whether the shift's final sync has completed (R11). */
        FinalSyncState: {
            /** @enum {string} */
            status: "pending" | "completed";
            /**
             * Format: date-time
             * @description When the final sync completed, or `null` while it is pending.
             */
            completedAt: string | null;
        };
        /**
         * @description A shift: the supervisor sets its day, planned start and end and project; the consultant sets the
         *     actual start and end. The embedded project lists the activity types the shift allows.
         */
        Shift: {
            id: components["schemas"]["Id"];
            /** @description The shift number the app shows; quote it in a report to the supervisor. */
            number: number;
            date: components["schemas"]["LocalDate"];
            status: components["schemas"]["ShiftStatus"];
            plannedStart: components["schemas"]["Instant"];
            plannedEnd: components["schemas"]["Instant"];
            /**
             * Format: date-time
             * @description When the consultant started the shift, or `null` before.
             */
            actualStart: string | null;
            /**
             * Format: date-time
             * @description When the shift was closed, or `null` before.
             */
            actualEnd: string | null;
            consultant: components["schemas"]["PersonRef"];
            project: components["schemas"]["Project"];
            finalSync: components["schemas"]["FinalSyncState"];
        };
        ShiftList: {
            /** @description Shifts ordered by planned start. */
            items: components["schemas"]["Shift"][];
        };
        /**
         * @description Planned against actual times of one shift, as pay counts them (R9–R11):
         *     `latenessMinutes = max(0, ceil((actualStart − plannedStart) / 1 min))`,
         *     `underworkMinutes = max(0, ceil((plannedEnd − actualEnd) / 1 min))` (also when the shift was
         *     started early: starting early banks nothing), and
         *     `workedMinutes = floor((actualEnd − actualStart) / 1 min)`.
         */
        Timesheet: {
            shiftId: components["schemas"]["Id"];
            date: components["schemas"]["LocalDate"];
            plannedStart: components["schemas"]["Instant"];
            plannedEnd: components["schemas"]["Instant"];
            /**
             * Format: date-time
             * @description `null` until the shift is started.
             */
            actualStart: string | null;
            /**
             * Format: date-time
             * @description `null` until the shift is closed.
             */
            actualEnd: string | null;
            /** @description Minutes started after the planned start (R9); `null` until the shift is started. */
            latenessMinutes: number | null;
            /** @description Minutes ended before the planned end (R10); `null` until the shift is closed. */
            underworkMinutes: number | null;
            /** @description Minutes between actual start and end; `null` until the shift is closed. */
            workedMinutes: number | null;
            /**
             * @description `true` when the shift was closed after its final sync completed (R11); `false` when it was
             *     closed without it (the server closes a shift still open when its local day ends, as
             *     incorrect); `null` while the shift is not closed.
             */
            closedCorrectly: boolean | null;
            /**
             * Format: date-time
             * @description When the final sync completed, or `null`.
             */
            finalSyncCompletedAt: string | null;
        };
        /** @description A consultant as the supervisor's panel shows them. */
        Consultant: {
            id: components["schemas"]["Id"];
            /** @example aigerim.seitkazieva */
            login: string;
            /** @example Сейтказиева Айгерим Нурлановна */
            fullName: string;
            /**
             * Format: uuid
             * @description The consultant's supervisor, or `null` when bound to none.
             */
            supervisorId: string | null;
        };
        ConsultantList: {
            /** @description Consultants ordered by full name. */
            items: components["schemas"]["Consultant"][];
        };
        /** @description The consultant to bind to the calling supervisor. */
        BindConsultantRequest: {
            consultantId: components["schemas"]["Id"];
        };
        /**
         * @description A shift for a consultant of the team. `date` is the local day (Asia/Almaty) of `plannedStart`;
         *     `plannedEnd` is after `plannedStart` (`validation_failed` otherwise).
         */
        AssignShiftRequest: {
            consultantId: components["schemas"]["Id"];
            date: components["schemas"]["LocalDate"];
            plannedStart: components["schemas"]["Instant"];
            plannedEnd: components["schemas"]["Instant"];
            projectId: components["schemas"]["Id"];
        };
        /** @description The shift's new project (R8; guide */
        ChangeShiftProjectRequest: {
            projectId: components["schemas"]["Id"];
        };
        /**
         * @description Where a contact is in its forward-only registration (R14):
         *     `opened → consumer_recorded → iin_verified → sms_sent → phone_verified → details_recorded →
         *     submitted`, or `refused` from any step before `submitted`. `submitted` and `refused` are final.
         * @enum {string}
         */
        ContactStep: "opened" | "consumer_recorded" | "iin_verified" | "sms_sent" | "phone_verified" | "details_recorded" | "submitted" | "refused";
        /**
         * @description An action a contact may allow: `record_consumer` (`PUT …/consumer`, at `opened`), `check_iin`
         *     (`POST …/iin-check`, at `consumer_recorded`, repeatable after a KOMPRA failure), `send_sms`
         *     (`POST …/sms`, at `iin_verified`, and again at `sms_sent` to resend), `verify_sms`
         *     (`POST …/sms/verify`, at `sms_sent`), `record_details` (`PUT …/details`, at `phone_verified`),
         *     `submit` (at `details_recorded`), `refuse` (at any step before a final one).
         * @enum {string}
         */
        ContactAction: "record_consumer" | "check_iin" | "send_sms" | "verify_sms" | "record_details" | "submit" | "refuse";
        /**
         * @description One part of the consumer's name: 1–64 letters (Cyrillic with the Kazakh ә ғ қ ң ө ұ ү һ і, or
         *     Latin) with single spaces, hyphens or apostrophes inside; trimmed and NFC-normalised by the
         *     server. Required (R13): a missing, `null` or blank part is refused with `consumer_incomplete`
         *     (422); other bad values with `validation_failed`.
         */
        PersonName: string | null;
        /**
         * @description The consumer as the consultant enters them (R13). The ИИН must be well-formed (12 digits, a real
         *     birth date, century/sex digit 1–6, the check digit) or the request is refused with `iin_invalid`
         *     (422); it is verified through KOMPRA by the next step, `POST /contacts/{contactId}/iin-check`.
         */
        ConsumerInput: {
            surname?: components["schemas"]["PersonName"];
            firstName?: components["schemas"]["PersonName"];
            patronymic?: components["schemas"]["PersonName"];
            /** @description The ИИН as typed; see `Iin` for what the server accepts. */
            iin: string;
            phone: components["schemas"]["PhoneInput"];
        };
        /** @description The consumer as the server stored them. */
        Consumer: {
            surname: string;
            firstName: string;
            patronymic: string;
            iin: components["schemas"]["Iin"];
            phone: components["schemas"]["Phone"];
        };
        /** @description A device the consumer uses. */
        Device: {
            model: string;
            /** @description The serial number, when the project records it. */
            serial?: string;
            quantity: number;
        };
        /** @description The gift ("комплимент") handed to the consumer. */
        Compliment: {
            kind: string;
            quantity: number;
        };
        /** @description The devices the consumer uses and the compliment handed over (R13). */
        ContactDetails: {
            devices: components["schemas"]["Device"][];
            compliment: components["schemas"]["Compliment"];
        };
        /** @description The SMS confirmation of the consumer's phone. */
        SmsState: {
            /** @description When the current code was sent. */
            sentAt: components["schemas"]["Instant"];
            /** @description When the current code expires (5 minutes after sending). */
            expiresAt: components["schemas"]["Instant"];
            /** @description Wrong codes the current SMS still allows (3 tries per code). */
            triesLeft: number;
            /** @description SMS left this calendar month for the number (3 per month, R16). */
            sendsRemaining: number;
            /**
             * Format: date-time
             * @description When the code was verified, or `null`.
             */
            verifiedAt: string | null;
        };
        /**
         * @description One consumer contact of a shift, with its current `step` and the `allowedActions` from it. A call
         *     out of order answers `contact_step_conflict` (409) with the same two fields; after `submitted` or
         *     `refused` every write answers `contact_closed` (409).
         */
        Contact: {
            id: components["schemas"]["Id"];
            shiftId: components["schemas"]["Id"];
            activityType: components["schemas"]["ActivityType"];
            step: components["schemas"]["ContactStep"];
            allowedActions: components["schemas"]["ContactAction"][];
            openedAt: components["schemas"]["Instant"];
            updatedAt: components["schemas"]["Instant"];
            /** @description The consumer, from `consumer_recorded` on; `null` before. */
            consumer: components["schemas"]["Consumer"] | null;
            /**
             * Format: date-time
             * @description When KOMPRA confirmed the ИИН, or `null`.
             */
            iinVerifiedAt: string | null;
            /** @description The SMS confirmation, from `sms_sent` on; `null` before. */
            sms: components["schemas"]["SmsState"] | null;
            /** @description Devices and compliment, from `details_recorded` on; `null` before. */
            details: components["schemas"]["ContactDetails"] | null;
            /** Format: date-time */
            submittedAt: string | null;
            /** Format: date-time */
            refusedAt: string | null;
            refusalReason: string | null;
        };
        ContactList: {
            /** @description The shift's contacts, oldest first. */
            items: components["schemas"]["Contact"][];
        };
        /** @description The activity type of the new contact; the shift's project must allow it (R8). */
        OpenContactRequest: {
            activityTypeId: components["schemas"]["Id"];
        };
        /** @description The code the consumer received (6 digits). Anything else counts as a wrong code. */
        VerifySmsRequest: {
            code: string;
        };
        /** @description Why the contact is abandoned ("Отказ", R14). */
        RefuseContactRequest: {
            reason: string;
        };
        /**
         * @description The SMS quota of one phone number for the current calendar month (Asia/Almaty): 3 SMS. Every
         *     send that reached the gateway counts, also one the gateway failed (R16, R17).
         */
        SmsQuota: {
            phone: components["schemas"]["Phone"];
            /**
             * @description SMS allowed per number per month.
             * @example 3
             */
            limit: number;
            used: number;
            remaining: number;
            /** @description The first instant of next month (Asia/Almaty). */
            resetsAt: components["schemas"]["Instant"];
        };
        /**
         * @description The tablet's record of one finished contact: what it submitted, or that it was refused, with
         *     the data entered up to then.
         */
        ContactRecord: {
            activityTypeId: components["schemas"]["Id"];
            /**
             * @description The contact's final step on the tablet.
             * @enum {string}
             */
            step: "submitted" | "refused";
            consumer?: components["schemas"]["ConsumerInput"];
            details?: components["schemas"]["ContactDetails"];
            /** @description With `refused`. */
            refusalReason?: string;
        };
        /** @description One contact to upload. */
        SyncItem: {
            /**
             * Format: uuid
             * @description Generated by the client once per contact and kept across every upload of it. The first
             *     acceptance stands: a later item with the same key, or the same contact under another key, is
             *     a `duplicate`.
             */
            idempotencyKey: string;
            /** @description The contact's id, as `POST /shifts/{shiftId}/contacts` returned it. */
            contactId: components["schemas"]["Id"];
            /** @description When the tablet finished the contact. */
            recordedAt: components["schemas"]["Instant"];
            contact: components["schemas"]["ContactRecord"];
        };
        /**
         * @description A batch of contacts recorded in the shift, 1 to 100 items. More than 100 →
         *     `sync_batch_too_large` (413); a batch that is not a list of items → `sync_bad_request` (400).
         *     Items are checked one by one: an item that does not match `SyncItem` is answered `rejected`
         *     with `validation_failed` in its own result while the other items apply, so that one bad record
         *     never blocks the rest of a shift's upload.
         */
        SyncRequest: {
            items: components["schemas"]["SyncItem"][];
        };
        /**
         * @description `accepted`: the server has the item now. `duplicate`: it had it already (same key, or the same
         *     contact under another key). `rejected`: refused for the item's `code`. An item leaves the
         *     client's outbox on `accepted` or `duplicate`, never on a transport failure.
         * @enum {string}
         */
        SyncItemStatus: "accepted" | "duplicate" | "rejected";
        /** @description The result of one item, in the order of the request. */
        SyncItemResult: {
            /** @description The item's key as the item sent it: a UUID for an `accepted` or `duplicate` item; a `rejected` item's is echoed whatever it was (its `validation_failed` says what is wrong with it). */
            idempotencyKey: string;
            /** @description The item's contact id as the item sent it: a UUID for an `accepted` or `duplicate` item; a `rejected` item's is echoed whatever it was (an empty or malformed id is `validation_failed`). */
            contactId: string;
            status: components["schemas"]["SyncItemStatus"];
            /**
             * @description With `rejected`: why (`contact_not_found`, `activity_not_in_project`, `consumer_incomplete`,
             *     `iin_invalid`, `phone_invalid`, `validation_failed`).
             */
            code?: components["schemas"]["ErrorCode"];
            /** @description With `rejected`: a human-readable explanation. */
            detail?: string;
        };
        /** @description How many items of the batch had each result. */
        SyncSummary: {
            accepted: number;
            duplicate: number;
            rejected: number;
        };
        /** @description The result of each item and the counts. */
        SyncResponse: {
            shiftId: components["schemas"]["Id"];
            results: components["schemas"]["SyncItemResult"][];
            summary: components["schemas"]["SyncSummary"];
        };
        /**
         * @description The manifest of the shift: the idempotency keys of every contact the tablet recorded in it
         *     (empty when it recorded none).
         */
        FinalSyncRequest: {
            manifest: string[];
        };
        /** @description The final sync is complete; the shift can now be closed correctly. */
        FinalSyncResponse: {
            shiftId: components["schemas"]["Id"];
            completedAt: components["schemas"]["Instant"];
            /** @description Contacts of the manifest, all held by the server. */
            contacts: number;
        };
        /** @description What the server holds of a shift's uploads. */
        SyncStatus: {
            shiftId: components["schemas"]["Id"];
            /**
             * @description The idempotency keys the server has accepted for the shift. A client that lost an upload's
             *     answer can clear these from its outbox.
             */
            acceptedKeys: string[];
            /** @description Items accepted so far. */
            accepted: number;
            /** @description Items answered as duplicates so far. */
            duplicate: number;
            /** @description Items rejected so far. */
            rejected: number;
            /**
             * Format: date-time
             * @description When the last batch arrived, or `null`.
             */
            lastSyncAt: string | null;
            finalSync: components["schemas"]["FinalSyncState"];
        };
    };
    responses: {
        /** @description - `validation_failed`: a parameter breaks the schema; `errors` lists each one. */
        ValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Проверьте введённые данные.",
                 *       "code": "validation_failed",
                 *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H",
                 *       "errors": [
                 *         {
                 *           "field": "query.from",
                 *           "code": "format",
                 *           "message": "Must be a date, YYYY-MM-DD."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description The request is refused as it stands.
         *     - `validation_failed`: a parameter or a body field breaks the schema; `errors` lists each one.
         *     - `malformed_json`: the body is not JSON.
         */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description No valid access token.
         *     - `authentication_required`: no `Authorization` header.
         *     - `token_not_valid`: the token is bad, expired, revoked (logout, refresh) or forged; refresh it
         *       or log in again.
         */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description - `access_closed`: "Доступ закрыт" — a consultant outside the tablet app, or any user on a client
         *       kind their role may not use (R1, guide #11).
         */
        AccessClosed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Доступ закрыт",
                 *       "code": "access_closed",
                 *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Refused for who or where the caller is.
         *     - `access_closed`: "Доступ закрыт" — a consultant outside the tablet app, or any user on a
         *       client kind their role may not use (R1).
         *     - `permission_denied`: the role may not do this, or the resource belongs to someone else.
         */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description Refused for who or where the caller is, or when.
         *     - `access_closed`: "Доступ закрыт" — a consultant outside the tablet app (R1).
         *     - `permission_denied`: the role may not do this, or the resource belongs to someone else.
         *     - `outside_shift`: "Работа разрешена только во время смены." — outside the login window of the
         *       shift (from 15 minutes before its planned start to its planned end) and the shift is not in
         *       progress (R2).
         */
        ForbiddenOutsideShift: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description - `account_deleted`: the account was deleted (R5); only the supervisor or the agency can ask for
         *       it back. Old tokens of the account answer this too.
         */
        AccountDeleted: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Учетная запись удалена.",
                 *       "code": "account_deleted",
                 *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still being
         *       processed; retry after it finishes.
         */
        IdempotencyInProgress: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "A request with this Idempotency-Key is still in progress.",
                 *       "code": "idempotency_request_in_progress",
                 *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description - `payload_too_large`: the body is larger than the server accepts. */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Request body is too large.",
                 *       "code": "payload_too_large",
                 *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description - `unsupported_media_type`: the body is not `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Unsupported media type \"text/plain\" in request.",
                 *       "code": "unsupported_media_type",
                 *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description - `idempotency_key_reused`: this `Idempotency-Key` was used with another body; generate a new
         *       key for a new request.
         */
        IdempotencyKeyReused: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "This Idempotency-Key was already used with a different request body.",
                 *       "code": "idempotency_key_reused",
                 *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description - `app_version_outdated`: "У вас старая версия приложения, проверьте актуальность версии" — the
         *       tablet's `X-App-Version` is below `minimumVersion`, missing or unparseable (R7); update the app.
         */
        UpgradeRequired: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "У вас старая версия приложения, проверьте актуальность версии",
                 *       "code": "app_version_outdated",
                 *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H",
                 *       "minimumVersion": "3.0.0"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description - `rate_limited`: too many requests (DRF throttling); wait `Retry-After` seconds. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Request was throttled. Expected available in 30 seconds.",
                 *       "code": "rate_limited",
                 *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H",
                 *       "retryAfter": 30
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description - `internal_server_error`: the server failed (guide #10); check the connection and retry. */
        InternalServerError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Internal Server Error",
                 *       "code": "internal_server_error",
                 *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description - `bad_gateway`: a proxy in front of the server got no valid answer (guide #22); report it to the
         *       supervisor.
         */
        BadGateway: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Bad Gateway",
                 *       "code": "bad_gateway",
                 *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description - `service_unavailable`: the backend is down or overloaded; wait `Retry-After` seconds. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Service Unavailable",
                 *       "code": "service_unavailable",
                 *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H",
                 *       "retryAfter": 60
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /**
         * @description - `shift_not_found`: no such shift for the caller: unknown, deleted, or someone else's (R12,
         *       guide #23); ask the supervisor.
         */
        ShiftNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Смена не найдена.",
                 *       "code": "shift_not_found",
                 *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description - `contact_not_found`: no such contact for the caller. */
        ContactNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Контакт не найден.",
                 *       "code": "contact_not_found",
                 *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
         *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
         *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
         *     anything else is checked (R7).
         * @example 3.2.0
         */
        XAppVersion: string;
        /**
         * @description The kind of client sending the request. Send it on every request. A consultant is served only
         *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
         *     `access_closed` (403). A missing header counts as `other`; a value outside the
         *     list is refused with `validation_failed`.
         * @example tablet
         */
        XClientKind: components["schemas"]["ClientKind"];
        /**
         * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
         *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
         *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
         *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
         *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
         *     (for an SMS: count twice against the monthly quota).
         * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
         */
        IdempotencyKey: string;
        /**
         * @description The shift's id.
         * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
         */
        ShiftId: components["schemas"]["Id"];
        /**
         * @description The contact's id.
         * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
         */
        ContactId: components["schemas"]["Id"];
        /**
         * @description A Kazakh mobile number, `+7XXXXXXXXXX` (or the domestic `8XXXXXXXXXX`); URL-encode the `+` as
         *     `%2B` where a client would otherwise turn it into a space.
         * @example +77011234567
         */
        PhonePath: string;
        /**
         * @description First local day (Asia/Almaty) of the range, inclusive. Default: today. `to` must not be before
         *     `from`, and the range holds at most 31 days.
         * @example 2026-11-24
         */
        FromDate: components["schemas"]["LocalDate"];
        /**
         * @description Last local day (Asia/Almaty) of the range, inclusive. Default: `from`.
         * @example 2026-11-30
         */
        ToDate: components["schemas"]["LocalDate"];
        /**
         * @description The local day (Asia/Almaty) of the team's shifts. Default: today.
         * @example 2026-11-24
         */
        ShiftDate: components["schemas"]["LocalDate"];
        /**
         * @description `true`: only the consultants bound to the calling supervisor; `false`: only the consultants bound
         *     to no supervisor yet (the ones that can be bound). Absent: both.
         * @example false
         */
        Bound: boolean;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The request's id, on every response. Quote it in a report to the supervisor; the server's logs
         *     carry the same id. The error body repeats it as `requestId`.
         * @example req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H
         */
        "X-Request-Id": string;
        /**
         * @description Seconds to wait before the call can succeed. The error body repeats it as `retryAfter`.
         * @example 300
         */
        "Retry-After": number;
        /**
         * @description Seconds to wait before the call can succeed, sent with the codes that say so (see the response's
         *     description). The error body repeats it as `retryAfter`.
         * @example 600
         */
        "Retry-After-Optional": number;
        /**
         * @description The authentication scheme, as SimpleJWT sends it.
         * @example Bearer realm="api"
         */
        "WWW-Authenticate": string;
        /**
         * @description `true` when this answer is the stored answer of an earlier request with the same `Idempotency-Key`.
         * @example true
         */
        "Idempotency-Replayed": "true";
    };
    pathItems: never;
}
export type SchemaId = components['schemas']['Id'];
export type SchemaLocalDate = components['schemas']['LocalDate'];
export type SchemaInstant = components['schemas']['Instant'];
export type SchemaSemVer = components['schemas']['SemVer'];
export type SchemaClientKind = components['schemas']['ClientKind'];
export type SchemaIin = components['schemas']['Iin'];
export type SchemaPhone = components['schemas']['Phone'];
export type SchemaPhoneInput = components['schemas']['PhoneInput'];
export type SchemaPersonRef = components['schemas']['PersonRef'];
export type SchemaDetail = components['schemas']['Detail'];
export type SchemaErrorCode = components['schemas']['ErrorCode'];
export type SchemaError = components['schemas']['Error'];
export type SchemaFieldError = components['schemas']['FieldError'];
export type SchemaAppVersion = components['schemas']['AppVersion'];
export type SchemaRole = components['schemas']['Role'];
export type SchemaUser = components['schemas']['User'];
export type SchemaTokenRequest = components['schemas']['TokenRequest'];
export type SchemaTokenRefreshRequest = components['schemas']['TokenRefreshRequest'];
export type SchemaTokenPair = components['schemas']['TokenPair'];
export type SchemaTokenResponse = components['schemas']['TokenResponse'];
export type SchemaPasswordResetRequest = components['schemas']['PasswordResetRequest'];
export type SchemaPasswordResetConfirmRequest = components['schemas']['PasswordResetConfirmRequest'];
export type SchemaActivityType = components['schemas']['ActivityType'];
export type SchemaPayTerms = components['schemas']['PayTerms'];
export type SchemaProject = components['schemas']['Project'];
export type SchemaProjectList = components['schemas']['ProjectList'];
export type SchemaShiftStatus = components['schemas']['ShiftStatus'];
export type SchemaFinalSyncState = components['schemas']['FinalSyncState'];
export type SchemaShift = components['schemas']['Shift'];
export type SchemaShiftList = components['schemas']['ShiftList'];
export type SchemaTimesheet = components['schemas']['Timesheet'];
export type SchemaConsultant = components['schemas']['Consultant'];
export type SchemaConsultantList = components['schemas']['ConsultantList'];
export type SchemaBindConsultantRequest = components['schemas']['BindConsultantRequest'];
export type SchemaAssignShiftRequest = components['schemas']['AssignShiftRequest'];
export type SchemaChangeShiftProjectRequest = components['schemas']['ChangeShiftProjectRequest'];
export type SchemaContactStep = components['schemas']['ContactStep'];
export type SchemaContactAction = components['schemas']['ContactAction'];
export type SchemaPersonName = components['schemas']['PersonName'];
export type SchemaConsumerInput = components['schemas']['ConsumerInput'];
export type SchemaConsumer = components['schemas']['Consumer'];
export type SchemaDevice = components['schemas']['Device'];
export type SchemaCompliment = components['schemas']['Compliment'];
export type SchemaContactDetails = components['schemas']['ContactDetails'];
export type SchemaSmsState = components['schemas']['SmsState'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaContactList = components['schemas']['ContactList'];
export type SchemaOpenContactRequest = components['schemas']['OpenContactRequest'];
export type SchemaVerifySmsRequest = components['schemas']['VerifySmsRequest'];
export type SchemaRefuseContactRequest = components['schemas']['RefuseContactRequest'];
export type SchemaSmsQuota = components['schemas']['SmsQuota'];
export type SchemaContactRecord = components['schemas']['ContactRecord'];
export type SchemaSyncItem = components['schemas']['SyncItem'];
export type SchemaSyncRequest = components['schemas']['SyncRequest'];
export type SchemaSyncItemStatus = components['schemas']['SyncItemStatus'];
export type SchemaSyncItemResult = components['schemas']['SyncItemResult'];
export type SchemaSyncSummary = components['schemas']['SyncSummary'];
export type SchemaSyncResponse = components['schemas']['SyncResponse'];
export type SchemaFinalSyncRequest = components['schemas']['FinalSyncRequest'];
export type SchemaFinalSyncResponse = components['schemas']['FinalSyncResponse'];
export type SchemaSyncStatus = components['schemas']['SyncStatus'];
export type ResponseValidationFailed = components['responses']['ValidationFailed'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseAccessClosed = components['responses']['AccessClosed'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseForbiddenOutsideShift = components['responses']['ForbiddenOutsideShift'];
export type ResponseAccountDeleted = components['responses']['AccountDeleted'];
export type ResponseIdempotencyInProgress = components['responses']['IdempotencyInProgress'];
export type ResponsePayloadTooLarge = components['responses']['PayloadTooLarge'];
export type ResponseUnsupportedMediaType = components['responses']['UnsupportedMediaType'];
export type ResponseIdempotencyKeyReused = components['responses']['IdempotencyKeyReused'];
export type ResponseUpgradeRequired = components['responses']['UpgradeRequired'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseBadGateway = components['responses']['BadGateway'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseShiftNotFound = components['responses']['ShiftNotFound'];
export type ResponseContactNotFound = components['responses']['ContactNotFound'];
export type ParameterXAppVersion = components['parameters']['XAppVersion'];
export type ParameterXClientKind = components['parameters']['XClientKind'];
export type ParameterIdempotencyKey = components['parameters']['IdempotencyKey'];
export type ParameterShiftId = components['parameters']['ShiftId'];
export type ParameterContactId = components['parameters']['ContactId'];
export type ParameterPhonePath = components['parameters']['PhonePath'];
export type ParameterFromDate = components['parameters']['FromDate'];
export type ParameterToDate = components['parameters']['ToDate'];
export type ParameterShiftDate = components['parameters']['ShiftDate'];
export type ParameterBound = components['parameters']['Bound'];
export type HeaderXRequestId = components['headers']['X-Request-Id'];
export type HeaderRetryAfter = components['headers']['Retry-After'];
export type HeaderRetryAfterOptional = components['headers']['Retry-After-Optional'];
export type HeaderWwwAuthenticate = components['headers']['WWW-Authenticate'];
export type HeaderIdempotencyReplayed = components['headers']['Idempotency-Replayed'];
export type $defs = Record<string, never>;
export interface operations {
    getAppVersion: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The supported versions. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "minimumVersion": "3.0.0",
                     *       "latestVersion": "3.2.0"
                     *     }
                     */
                    "application/json": components["schemas"]["AppVersion"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    obtainToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "login": "aigerim.seitkazieva",
                 *       "password": "Tulpar-2026"
                 *     }
                 */
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Logged in. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0b2tlbl90eXBlIjoiYWNjZXNzIiwidXNlcl9pZCI6IjFjNmQyZjRlIn0.3q2-7wX1mU0",
                     *       "refresh": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0b2tlbl90eXBlIjoicmVmcmVzaCIsInVzZXJfaWQiOiIxYzZkMmY0ZSJ9.Vh7pQm2sK9c",
                     *       "accessExpiresAt": "2026-11-24T05:05:00.000Z",
                     *       "refreshExpiresAt": "2026-11-24T16:50:00.000Z",
                     *       "user": {
                     *         "id": "1c6d2f4e-7a8b-4c9d-8e0f-2a3b4c5d6e7f",
                     *         "login": "aigerim.seitkazieva",
                     *         "role": "consultant",
                     *         "fullName": "Сейтказиева Айгерим Нурлановна",
                     *         "supervisorId": "5e2a7c1b-3d4f-4a6b-9c8d-0e1f2a3b4c5d"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            /**
             * @description Wrong credentials (R3, guide #5, #6). The login is lowercase and has no spaces; otherwise
             *     reset the password by email, then log in on the tablet.
             *     - `no_active_account`: "No active account found with the given credentials" — no account
             *       has this login (SimpleJWT's message).
             *     - `invalid_credentials`: "Неверная пара логин или пароль" — the password is wrong.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description The account may not log in now or from here.
             *     - `access_closed`: "Доступ закрыт" — a consultant outside the tablet app, or a supervisor on a
             *       `phone`/`other` client (R1, guide #11).
             *     - `login_before_shift_window`: "Учетная запись временно деактивирована до начала следующей
             *       смены" — more than 15 minutes before the shift; not an error (R2, guide #3). `opensAt`
             *       says when the window opens (`null`: no shift assigned).
             *     - `outside_shift`: "Работа разрешена только во время смены." — the last shift of the day
             *       has ended (R2, guide #4).
             *     - `account_locked`: too many wrong attempts; wait until `lockedUntil` (`Retry-After`) or
             *       reset the password (R4, guide #8).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Optional"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            426: components["responses"]["UpgradeRequired"];
            /**
             * @description - `too_many_login_attempts`: "Too many failed login attempts" — the 5th failure within 15
             *       minutes; the account is now locked for 10 minutes (R4, guide #7). Reset the password.
             *     - `rate_limited`: too many requests (DRF throttling).
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    refreshToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "refresh": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0b2tlbl90eXBlIjoicmVmcmVzaCIsInVzZXJfaWQiOiIxYzZkMmY0ZSJ9.Vh7pQm2sK9c"
                 *     }
                 */
                "application/json": components["schemas"]["TokenRefreshRequest"];
            };
        };
        responses: {
            /** @description A new pair; the refresh token sent is revoked. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0b2tlbl90eXBlIjoiYWNjZXNzIiwidXNlcl9pZCI6IjFjNmQyZjRlIiwianRpIjoiMiJ9.8kTz0nYq4Lw",
                     *       "refresh": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0b2tlbl90eXBlIjoicmVmcmVzaCIsInVzZXJfaWQiOiIxYzZkMmY0ZSIsImp0aSI6IjMifQ.Rb5sWd1uE6o",
                     *       "accessExpiresAt": "2026-11-24T05:19:00.000Z",
                     *       "refreshExpiresAt": "2026-11-24T17:04:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description - `token_not_valid`: the refresh token is bad, expired, already used or revoked; log in again. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Token is invalid or expired",
                     *       "code": "token_not_valid",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            403: components["responses"]["AccessClosed"];
            410: components["responses"]["AccountDeleted"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Logged out. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            410: components["responses"]["AccountDeleted"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccessClosed"];
            410: components["responses"]["AccountDeleted"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "aigerim.seitkazieva@mail.kz"
                 *     }
                 */
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            /** @description Accepted; if an account has this address, the link is on its way. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Если учетная запись с этим адресом существует, мы отправили на него ссылку для сброса пароля."
                     *     }
                     */
                    "application/json": components["schemas"]["Detail"];
                };
            };
            /**
             * @description - `invalid_email`: "Укажите валидный email" — a bad address: a typo after "@", or spaces
             *       before or after it (R6, guide #12).
             *     - `validation_failed`: the body breaks the schema; `errors` lists each field.
             *     - `malformed_json`: the body is not JSON.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "7Zq4mN2xK8pR1sV6tW3yB9cD",
                 *       "newPassword": "Baiterek-2026"
                 *     }
                 */
                "application/json": components["schemas"]["PasswordResetConfirmRequest"];
            };
        };
        responses: {
            /** @description The password is set; log in on the tablet with it. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description - `password_reset_token_invalid`: the token is unknown, used or expired; ask for a new link.
             *     - `password_too_weak`: the new password is refused: 8–128 characters, no spaces at either
             *       end, not all digits.
             *     - `validation_failed`: the body breaks the schema; `errors` lists each field.
             *     - `malformed_json`: the body is not JSON.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProjects: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projects, ordered by name. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "7b3e9f1a-2c4d-4e5f-8a6b-9c0d1e2f3a4b",
                     *           "name": "Чай «Дала» — дегустации",
                     *           "activityTypes": [
                     *             {
                     *               "id": "2a4c6e8f-1b3d-4f5a-9c7e-0d2f4a6c8e1b",
                     *               "name": "Дегустация"
                     *             },
                     *             {
                     *               "id": "4c6e8a0b-3d5f-4a7c-9e1b-2f4a6c8e0d3f",
                     *               "name": "Консультация"
                     *             }
                     *           ],
                     *           "pay": {
                     *             "currency": "KZT",
                     *             "hourlyRate": 2500,
                     *             "contactBonus": 300,
                     *             "incorrectCloseFactor": 0.8
                     *           }
                     *         },
                     *         {
                     *           "id": "8c4f0a2b-3d5e-4f6a-9b7c-0d1e2f3a4b5c",
                     *           "name": "Молочная продукция «Жайлау»",
                     *           "activityTypes": [
                     *             {
                     *               "id": "5d7f9b1c-4e6a-4b8d-8f0a-3c5e7a9c1e2d",
                     *               "name": "Промо-акция в магазине"
                     *             }
                     *           ],
                     *           "pay": {
                     *             "currency": "KZT",
                     *             "hourlyRate": 2200,
                     *             "contactBonus": 250,
                     *             "incorrectCloseFactor": 0.8
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProjectList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccessClosed"];
            410: components["responses"]["AccountDeleted"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listShifts: {
        parameters: {
            query?: {
                /**
                 * @description First local day (Asia/Almaty) of the range, inclusive. Default: today. `to` must not be before
                 *     `from`, and the range holds at most 31 days.
                 * @example 2026-11-24
                 */
                from?: components["parameters"]["FromDate"];
                /**
                 * @description Last local day (Asia/Almaty) of the range, inclusive. Default: `from`.
                 * @example 2026-11-30
                 */
                to?: components["parameters"]["ToDate"];
            };
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shifts, ordered by planned start; empty when none is assigned in the range. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64",
                     *           "number": 10482,
                     *           "date": "2026-11-24",
                     *           "status": "planned",
                     *           "plannedStart": "2026-11-24T05:00:00.000Z",
                     *           "plannedEnd": "2026-11-24T14:00:00.000Z",
                     *           "actualStart": null,
                     *           "actualEnd": null,
                     *           "consultant": {
                     *             "id": "1c6d2f4e-7a8b-4c9d-8e0f-2a3b4c5d6e7f",
                     *             "fullName": "Сейтказиева Айгерим Нурлановна"
                     *           },
                     *           "project": {
                     *             "id": "7b3e9f1a-2c4d-4e5f-8a6b-9c0d1e2f3a4b",
                     *             "name": "Чай «Дала» — дегустации",
                     *             "activityTypes": [
                     *               {
                     *                 "id": "2a4c6e8f-1b3d-4f5a-9c7e-0d2f4a6c8e1b",
                     *                 "name": "Дегустация"
                     *               },
                     *               {
                     *                 "id": "4c6e8a0b-3d5f-4a7c-9e1b-2f4a6c8e0d3f",
                     *                 "name": "Консультация"
                     *               }
                     *             ],
                     *             "pay": {
                     *               "currency": "KZT",
                     *               "hourlyRate": 2500,
                     *               "contactBonus": 300,
                     *               "incorrectCloseFactor": 0.8
                     *             }
                     *           },
                     *           "finalSync": {
                     *             "status": "pending",
                     *             "completedAt": null
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ShiftList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /**
             * @description - `consultant_not_bound`: the consultant has no supervisor yet, so no shift can exist (R12,
             *       guide #23); ask a supervisor to bind them.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Вы не привязаны к супервайзеру.",
                     *       "code": "consultant_not_bound",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getShift: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shift. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shift"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ShiftNotFound"];
            410: components["responses"]["AccountDeleted"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    startShift: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shift, now in progress. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shift"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOutsideShift"];
            404: components["responses"]["ShiftNotFound"];
            /**
             * @description - `shift_already_started`: the shift is in progress already.
             *     - `shift_already_closed`: the shift is closed.
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Смена уже начата.",
                     *       "code": "shift_already_started",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            422: components["responses"]["IdempotencyKeyReused"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    closeShift: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shift, now closed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shift"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ShiftNotFound"];
            /**
             * @description - `final_sync_incomplete`: "Ошибка при завершении смены" — the final sync has not completed
             *       (R11, guide #17), or a contact was submitted since without being uploaded; `missing` lists
             *       the keys of the last manifest the server lacks, `missingContacts` the submitted contacts no
             *       upload carried. Upload them, run the final sync, close again.
             *     - `shift_not_started`: the shift was never started.
             *     - `shift_already_closed`: the shift is closed already.
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Ошибка при завершении смены",
                     *       "code": "final_sync_incomplete",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H",
                     *       "missing": [
                     *         "c2e4a6b8-0d1f-4b3c-8e5a-7f9b1d3e5a7c"
                     *       ],
                     *       "missingContacts": []
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            422: components["responses"]["IdempotencyKeyReused"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            /**
             * @description - `shift_close_failed`: "Ошибка при завершении смены" — closing failed on the server (guide
             *       #17); nothing changed: retry the close.
             *     - `internal_server_error`: the server failed (guide #10).
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Ошибка при завершении смены",
                     *       "code": "shift_close_failed",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getTimesheet: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The timesheet. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timesheet"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ShiftNotFound"];
            410: components["responses"]["AccountDeleted"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listShiftContacts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contacts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "0b2d4f6a-8c1e-4a3b-9d5f-7e9a1c3b5d7f",
                     *           "shiftId": "3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64",
                     *           "activityType": {
                     *             "id": "4c6e8a0b-3d5f-4a7c-9e1b-2f4a6c8e0d3f",
                     *             "name": "Консультация"
                     *           },
                     *           "step": "opened",
                     *           "allowedActions": [
                     *             "record_consumer",
                     *             "refuse"
                     *           ],
                     *           "openedAt": "2026-11-24T07:02:44.000Z",
                     *           "updatedAt": "2026-11-24T07:02:44.000Z",
                     *           "consumer": null,
                     *           "iinVerifiedAt": null,
                     *           "sms": null,
                     *           "details": null,
                     *           "submittedAt": null,
                     *           "refusedAt": null,
                     *           "refusalReason": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ShiftNotFound"];
            410: components["responses"]["AccountDeleted"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    openContact: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "activityTypeId": "2a4c6e8f-1b3d-4f5a-9c7e-0d2f4a6c8e1b"
                 *     }
                 */
                "application/json": components["schemas"]["OpenContactRequest"];
            };
        };
        responses: {
            /** @description The new contact, at `opened`. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOutsideShift"];
            404: components["responses"]["ShiftNotFound"];
            /**
             * @description - `shift_not_started`: start the shift first.
             *     - `shift_already_closed`: the shift is closed.
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description - `activity_not_in_project`: the shift's project does not allow this activity type (R8,
             *       guide #2); if the project is wrong, the supervisor changes it.
             *     - `idempotency_key_reused`: this `Idempotency-Key` was used with another body.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Эта активность недоступна в проекте смены.",
                     *       "code": "activity_not_in_project",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSyncStatus: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shift's sync status. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "shiftId": "3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64",
                     *       "acceptedKeys": [
                     *         "5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31",
                     *         "c2e4a6b8-0d1f-4b3c-8e5a-7f9b1d3e5a7c"
                     *       ],
                     *       "accepted": 2,
                     *       "duplicate": 1,
                     *       "rejected": 0,
                     *       "lastSyncAt": "2026-11-24T13:38:02.000Z",
                     *       "finalSync": {
                     *         "status": "pending",
                     *         "completedAt": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncStatus"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ShiftNotFound"];
            410: components["responses"]["AccountDeleted"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    syncContacts: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "idempotencyKey": "5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31",
                 *           "contactId": "9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b",
                 *           "recordedAt": "2026-11-24T06:15:09.000Z",
                 *           "contact": {
                 *             "activityTypeId": "2a4c6e8f-1b3d-4f5a-9c7e-0d2f4a6c8e1b",
                 *             "step": "submitted",
                 *             "consumer": {
                 *               "surname": "Ахметов",
                 *               "firstName": "Ерлан",
                 *               "patronymic": "Болатович",
                 *               "iin": "791028302728",
                 *               "phone": "+77011234567"
                 *             },
                 *             "details": {
                 *               "devices": [
                 *                 {
                 *                   "model": "Samsung Galaxy A15",
                 *                   "serial": "R58W30ABCDE",
                 *                   "quantity": 1
                 *                 }
                 *               ],
                 *               "compliment": {
                 *                 "kind": "Термокружка",
                 *                 "quantity": 1
                 *               }
                 *             }
                 *           }
                 *         },
                 *         {
                 *           "idempotencyKey": "c2e4a6b8-0d1f-4b3c-8e5a-7f9b1d3e5a7c",
                 *           "contactId": "0b2d4f6a-8c1e-4a3b-9d5f-7e9a1c3b5d7f",
                 *           "recordedAt": "2026-11-24T07:04:10.000Z",
                 *           "contact": {
                 *             "activityTypeId": "4c6e8a0b-3d5f-4a7c-9e1b-2f4a6c8e0d3f",
                 *             "step": "refused",
                 *             "consumer": {
                 *               "surname": "Жумабаева",
                 *               "firstName": "Динара",
                 *               "patronymic": "Асхатовна",
                 *               "iin": "061211600012",
                 *               "phone": "+77071234567"
                 *             },
                 *             "refusalReason": "Ошибка в фамилии потребителя, регистрация начата заново"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["SyncRequest"];
            };
        };
        responses: {
            /** @description The result of each item, in the order of the request, and the counts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "shiftId": "3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64",
                     *       "results": [
                     *         {
                     *           "idempotencyKey": "5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31",
                     *           "contactId": "9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b",
                     *           "status": "accepted"
                     *         },
                     *         {
                     *           "idempotencyKey": "c2e4a6b8-0d1f-4b3c-8e5a-7f9b1d3e5a7c",
                     *           "contactId": "0b2d4f6a-8c1e-4a3b-9d5f-7e9a1c3b5d7f",
                     *           "status": "duplicate"
                     *         }
                     *       ],
                     *       "summary": {
                     *         "accepted": 1,
                     *         "duplicate": 1,
                     *         "rejected": 0
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SyncResponse"];
                };
            };
            /**
             * @description - `sync_bad_request`: the batch is malformed — not a list of items, or an item without its
             *       key, contact id or record (guide #19). Retry the sync; if it persists, return to the home
             *       screen.
             *     - `validation_failed`: a parameter breaks the schema; `errors` lists each one.
             *     - `malformed_json`: the body is not JSON.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Некорректный запрос синхронизации.",
                     *       "code": "sync_bad_request",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H",
                     *       "errors": [
                     *         {
                     *           "field": "items.0.idempotencyKey",
                     *           "code": "required",
                     *           "message": "This field is required."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ShiftNotFound"];
            /**
             * @description - `shift_not_started`: the shift was never started.
             *     - `shift_already_closed`: the shift is closed; nothing more can be uploaded to it.
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Смена уже закрыта.",
                     *       "code": "shift_already_closed",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            /**
             * @description - `sync_batch_too_large`: more than 100 items (guide #19); split the batch.
             *     - `payload_too_large`: the body is larger than the server accepts.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Не более 100 контактов за одну синхронизацию.",
                     *       "code": "sync_batch_too_large",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            /**
             * @description - `sync_failed`: "101 ошибка" — the sync failed on the server (guide #20, `appCode: 101`);
             *       nothing of the batch was applied. Retry the same batch; if it persists, send the report
             *       to the supervisor.
             *     - `internal_server_error`: the server failed (guide #10).
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "101 ошибка",
                     *       "code": "sync_failed",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H",
                     *       "appCode": 101
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    finalizeSync: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "manifest": [
                 *         "5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31",
                 *         "c2e4a6b8-0d1f-4b3c-8e5a-7f9b1d3e5a7c"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FinalSyncRequest"];
            };
        };
        responses: {
            /** @description The final sync is complete. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "shiftId": "3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64",
                     *       "completedAt": "2026-11-24T13:39:41.000Z",
                     *       "contacts": 2
                     *     }
                     */
                    "application/json": components["schemas"]["FinalSyncResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ShiftNotFound"];
            /**
             * @description - `final_sync_incomplete`: "Ошибка при завершении смены" — the server lacks some contacts of
             *       the manifest (R11, guide #17); `missing` lists their keys, `missingContacts` the contacts
             *       submitted online that no upload carried. Upload them, then repeat.
             *     - `shift_not_started`: the shift was never started.
             *     - `shift_already_closed`: the shift is closed.
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Ошибка при завершении смены",
                     *       "code": "final_sync_incomplete",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H",
                     *       "missing": [
                     *         "c2e4a6b8-0d1f-4b3c-8e5a-7f9b1d3e5a7c"
                     *       ],
                     *       "missingContacts": []
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            /**
             * @description - `sync_failed`: "101 ошибка" — the final sync failed on the server (guide #20,
             *       `appCode: 101`); repeat it.
             *     - `internal_server_error`: the server failed (guide #10).
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "101 ошибка",
                     *       "code": "sync_failed",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H",
                     *       "appCode": 101
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listConsultants: {
        parameters: {
            query?: {
                /**
                 * @description `true`: only the consultants bound to the calling supervisor; `false`: only the consultants bound
                 *     to no supervisor yet (the ones that can be bound). Absent: both.
                 * @example false
                 */
                bound?: components["parameters"]["Bound"];
            };
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The consultants, ordered by full name. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "6f8a0c2e-4b1d-4d3f-8a5c-7e9b1d3f5a7c",
                     *           "login": "nurlan.abenov",
                     *           "fullName": "Абенов Нурлан Серикович",
                     *           "supervisorId": null
                     *         },
                     *         {
                     *           "id": "1c6d2f4e-7a8b-4c9d-8e0f-2a3b4c5d6e7f",
                     *           "login": "aigerim.seitkazieva",
                     *           "fullName": "Сейтказиева Айгерим Нурлановна",
                     *           "supervisorId": "5e2a7c1b-3d4f-4a6b-9c8d-0e1f2a3b4c5d"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConsultantList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            410: components["responses"]["AccountDeleted"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTeam: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team, ordered by full name. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "1c6d2f4e-7a8b-4c9d-8e0f-2a3b4c5d6e7f",
                     *           "login": "aigerim.seitkazieva",
                     *           "fullName": "Сейтказиева Айгерим Нурлановна",
                     *           "supervisorId": "5e2a7c1b-3d4f-4a6b-9c8d-0e1f2a3b4c5d"
                     *         },
                     *         {
                     *           "id": "2d7e3a5f-8b9c-4d0e-9f1a-3b4c5d6e7f80",
                     *           "login": "timur.zhaksylykov",
                     *           "fullName": "Жаксылыков Тимур Маратович",
                     *           "supervisorId": "5e2a7c1b-3d4f-4a6b-9c8d-0e1f2a3b4c5d"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConsultantList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            410: components["responses"]["AccountDeleted"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    bindConsultant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "consultantId": "6f8a0c2e-4b1d-4d3f-8a5c-7e9b1d3f5a7c"
                 *     }
                 */
                "application/json": components["schemas"]["BindConsultantRequest"];
            };
        };
        responses: {
            /** @description The consultant was in the team already. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "1c6d2f4e-7a8b-4c9d-8e0f-2a3b4c5d6e7f",
                     *       "login": "aigerim.seitkazieva",
                     *       "fullName": "Сейтказиева Айгерим Нурлановна",
                     *       "supervisorId": "5e2a7c1b-3d4f-4a6b-9c8d-0e1f2a3b4c5d"
                     *     }
                     */
                    "application/json": components["schemas"]["Consultant"];
                };
            };
            /** @description The consultant is now in the team. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6f8a0c2e-4b1d-4d3f-8a5c-7e9b1d3f5a7c",
                     *       "login": "nurlan.abenov",
                     *       "fullName": "Абенов Нурлан Серикович",
                     *       "supervisorId": "5e2a7c1b-3d4f-4a6b-9c8d-0e1f2a3b4c5d"
                     *     }
                     */
                    "application/json": components["schemas"]["Consultant"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description - `not_found`: no consultant has this id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Консультант не найден.",
                     *       "code": "not_found",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            409: components["responses"]["IdempotencyInProgress"];
            410: components["responses"]["AccountDeleted"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listTeamShifts: {
        parameters: {
            query?: {
                /**
                 * @description The local day (Asia/Almaty) of the team's shifts. Default: today.
                 * @example 2026-11-24
                 */
                date?: components["parameters"]["ShiftDate"];
            };
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shifts, ordered by planned start, then consultant. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64",
                     *           "number": 10482,
                     *           "date": "2026-11-24",
                     *           "status": "in_progress",
                     *           "plannedStart": "2026-11-24T05:00:00.000Z",
                     *           "plannedEnd": "2026-11-24T14:00:00.000Z",
                     *           "actualStart": "2026-11-24T05:07:12.000Z",
                     *           "actualEnd": null,
                     *           "consultant": {
                     *             "id": "1c6d2f4e-7a8b-4c9d-8e0f-2a3b4c5d6e7f",
                     *             "fullName": "Сейтказиева Айгерим Нурлановна"
                     *           },
                     *           "project": {
                     *             "id": "7b3e9f1a-2c4d-4e5f-8a6b-9c0d1e2f3a4b",
                     *             "name": "Чай «Дала» — дегустации",
                     *             "activityTypes": [
                     *               {
                     *                 "id": "2a4c6e8f-1b3d-4f5a-9c7e-0d2f4a6c8e1b",
                     *                 "name": "Дегустация"
                     *               },
                     *               {
                     *                 "id": "4c6e8a0b-3d5f-4a7c-9e1b-2f4a6c8e0d3f",
                     *                 "name": "Консультация"
                     *               }
                     *             ],
                     *             "pay": {
                     *               "currency": "KZT",
                     *               "hourlyRate": 2500,
                     *               "contactBonus": 300,
                     *               "incorrectCloseFactor": 0.8
                     *             }
                     *           },
                     *           "finalSync": {
                     *             "status": "pending",
                     *             "completedAt": null
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ShiftList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            410: components["responses"]["AccountDeleted"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    assignShift: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "consultantId": "1c6d2f4e-7a8b-4c9d-8e0f-2a3b4c5d6e7f",
                 *       "date": "2026-11-24",
                 *       "plannedStart": "2026-11-24T05:00:00.000Z",
                 *       "plannedEnd": "2026-11-24T14:00:00.000Z",
                 *       "projectId": "7b3e9f1a-2c4d-4e5f-8a6b-9c0d1e2f3a4b"
                 *     }
                 */
                "application/json": components["schemas"]["AssignShiftRequest"];
            };
        };
        responses: {
            /** @description The shift is assigned. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Shift"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description - `not_found`: no consultant or no project has the given id. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Проект не найден.",
                     *       "code": "not_found",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description - `consultant_not_bound`: the consultant is bound to no supervisor; bind them first (R12).
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Консультант не привязан к супервайзеру.",
                     *       "code": "consultant_not_bound",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteShift: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The shift is deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ShiftNotFound"];
            /**
             * @description - `shift_already_started`: the shift is in progress; it can no longer be deleted.
             *     - `shift_already_closed`: the shift is closed.
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Смена уже начата.",
                     *       "code": "shift_already_started",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            422: components["responses"]["IdempotencyKeyReused"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    changeShiftProject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The shift's id.
                 * @example 3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64
                 */
                shiftId: components["parameters"]["ShiftId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "projectId": "8c4f0a2b-3d5e-4f6a-9b7c-0d1e2f3a4b5c"
                 *     }
                 */
                "application/json": components["schemas"]["ChangeShiftProjectRequest"];
            };
        };
        responses: {
            /** @description The shift with its new project. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f6c1d2a-8b7e-4f10-9c3d-5a2b1e0f7c64",
                     *       "number": 10482,
                     *       "date": "2026-11-24",
                     *       "status": "planned",
                     *       "plannedStart": "2026-11-24T05:00:00.000Z",
                     *       "plannedEnd": "2026-11-24T14:00:00.000Z",
                     *       "actualStart": null,
                     *       "actualEnd": null,
                     *       "consultant": {
                     *         "id": "1c6d2f4e-7a8b-4c9d-8e0f-2a3b4c5d6e7f",
                     *         "fullName": "Сейтказиева Айгерим Нурлановна"
                     *       },
                     *       "project": {
                     *         "id": "8c4f0a2b-3d5e-4f6a-9b7c-0d1e2f3a4b5c",
                     *         "name": "Молочная продукция «Жайлау»",
                     *         "activityTypes": [
                     *           {
                     *             "id": "5d7f9b1c-4e6a-4b8d-8f0a-3c5e7a9c1e2d",
                     *             "name": "Промо-акция в магазине"
                     *           }
                     *         ],
                     *         "pay": {
                     *           "currency": "KZT",
                     *           "hourlyRate": 2200,
                     *           "contactBonus": 250,
                     *           "incorrectCloseFactor": 0.8
                     *         }
                     *       },
                     *       "finalSync": {
                     *         "status": "pending",
                     *         "completedAt": null
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Shift"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /**
             * @description - `shift_not_found`: no such shift in the team (unknown or deleted).
             *     - `not_found`: no project has the given id.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description - `shift_already_closed`: a closed shift keeps its project.
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Смена уже закрыта.",
                     *       "code": "shift_already_closed",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ContactNotFound"];
            410: components["responses"]["AccountDeleted"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    recordConsumer: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "surname": "Ахметов",
                 *       "firstName": "Ерлан",
                 *       "patronymic": "Болатович",
                 *       "iin": "791028302728",
                 *       "phone": "+77011234567"
                 *     }
                 */
                "application/json": components["schemas"]["ConsumerInput"];
            };
        };
        responses: {
            /** @description The contact, at `consumer_recorded`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOutsideShift"];
            404: components["responses"]["ContactNotFound"];
            /**
             * @description - `contact_step_conflict`: the contact is at another step; `currentStep` and `allowedActions`
             *       say what it allows. No step goes back (R14, guide #24): to fix a mistake, refuse the
             *       contact ("Отказ") and open a new one.
             *     - `contact_closed`: the contact was already submitted or refused.
             *     - `shift_already_closed`: the contact's shift is closed.
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description - `consumer_incomplete`: surname, first name or patronymic is missing (R13); `errors` names
             *       each.
             *     - `iin_invalid`: the ИИН is malformed: not 12 digits, a bad century/sex digit or birth date, or
             *       a wrong check digit (R15, guide #31); correct it.
             *     - `phone_invalid`: not a Kazakh mobile number.
             *     - `idempotency_key_reused`: this `Idempotency-Key` was used with another body.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    checkIin: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact, at `iin_verified`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOutsideShift"];
            404: components["responses"]["ContactNotFound"];
            /**
             * @description - `contact_step_conflict`: the contact is at another step; `currentStep` and `allowedActions`
             *       say what it allows. No step goes back (R14, guide #24): to fix a mistake, refuse the
             *       contact ("Отказ") and open a new one.
             *     - `contact_closed`: the contact was already submitted or refused.
             *     - `shift_already_closed`: the contact's shift is closed.
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            /**
             * @description - `iin_invalid`: the ИИН is malformed (R15, guide #31); refuse the contact and register it
             *       again with the right ИИН.
             *     - `idempotency_key_reused`: this `Idempotency-Key` was used with another body.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Некорректный ИИН.",
                     *       "code": "iin_invalid",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            /**
             * @description - `iin_malformed_server_error`: "Ошибка запроса (HTTP 500 Internal Server Error)" — what the real
             *       backend answers to a malformed ИИН at this check (guide #31); the mock sends it only as an
             *       injected fault. Correct the ИИН.
             *     - `internal_server_error`: the server failed (guide #10).
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Internal Server Error",
                     *       "code": "iin_malformed_server_error",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            502: components["responses"]["BadGateway"];
            /**
             * @description - `kompra_unavailable`: KOMPRA is down (R15, guide #29); the data may well be right. Wait
             *       `Retry-After` seconds (5–10 minutes) and check again.
             *     - `service_unavailable`: the backend is down or overloaded.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Сервис проверки ИИН временно недоступен. Повторите через 5–10 минут.",
                     *       "code": "kompra_unavailable",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H",
                     *       "retryAfter": 300
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description - `kompra_timeout`: KOMPRA did not answer within 5 seconds (R15, guide #29). Wait
             *       `Retry-After` seconds and check again.
             */
            504: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Сервис проверки ИИН не ответил вовремя. Повторите через 5–10 минут.",
                     *       "code": "kompra_timeout",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H",
                     *       "retryAfter": 300
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendSmsCode: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact, at `sms_sent`, with the SMS state and the quota left. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOutsideShift"];
            404: components["responses"]["ContactNotFound"];
            /**
             * @description - `iin_not_verified`: the ИИН check has not passed yet; run it first.
             *     - `contact_step_conflict`: the contact is at another step; `currentStep` and `allowedActions`
             *       say what it allows. No step goes back (R14, guide #24): to fix a mistake, refuse the
             *       contact ("Отказ") and open a new one.
             *     - `contact_closed`: the contact was already submitted or refused.
             *     - `shift_already_closed`: the contact's shift is closed.
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            422: components["responses"]["IdempotencyKeyReused"];
            426: components["responses"]["UpgradeRequired"];
            /**
             * @description - `sms_quota_exceeded`: "Превышено количество попыток отправки на один номер" — the number
             *       had its 3 SMS this month (R16, guide #25) and cannot take part in registration until
             *       `resetsAt`; `remaining` is 0.
             *     - `rate_limited`: too many requests (DRF throttling).
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Превышено количество попыток отправки на один номер",
                     *       "code": "sms_quota_exceeded",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H",
                     *       "retryAfter": 518400,
                     *       "remaining": 0,
                     *       "resetsAt": "2026-11-30T19:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            /**
             * @description - `sms_gateway_unavailable`: the SMS gateway is down (R17, guide #26); the attempt counted
             *       toward the quota. Wait `Retry-After` seconds (5–10 minutes) before resending.
             *     - `service_unavailable`: the backend is down or overloaded.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Сервис SMS временно недоступен. Повторите через 5–10 минут.",
                     *       "code": "sms_gateway_unavailable",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H",
                     *       "retryAfter": 300
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifySmsCode: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "482915"
                 *     }
                 */
                "application/json": components["schemas"]["VerifySmsRequest"];
            };
        };
        responses: {
            /** @description The contact, at `phone_verified`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOutsideShift"];
            404: components["responses"]["ContactNotFound"];
            /**
             * @description - `contact_step_conflict`: the contact is at another step; `currentStep` and `allowedActions`
             *       say what it allows. No step goes back (R14, guide #24): to fix a mistake, refuse the
             *       contact ("Отказ") and open a new one.
             *     - `contact_closed`: the contact was already submitted or refused.
             *     - `shift_already_closed`: the contact's shift is closed.
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description - `sms_code_expired`: the code is older than 5 minutes; resend (it counts toward the quota).
             *     - `account_deleted`: the account was deleted (R5).
             */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Срок действия кода истёк. Отправьте код повторно.",
                     *       "code": "sms_code_expired",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            /**
             * @description - `sms_code_invalid`: wrong code; `triesLeft` says how many tries the code still allows.
             *     - `idempotency_key_reused`: this `Idempotency-Key` was used with another body.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Неверный код.",
                     *       "code": "sms_code_invalid",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H",
                     *       "triesLeft": 2
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            426: components["responses"]["UpgradeRequired"];
            /**
             * @description - `sms_code_attempts_exceeded`: the code's 3 tries are used up; resend a new code (it counts
             *       toward the quota).
             *     - `rate_limited`: too many requests (DRF throttling); wait `Retry-After` seconds.
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Optional"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Превышено число попыток ввода кода. Отправьте код повторно.",
                     *       "code": "sms_code_attempts_exceeded",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    recordDetails: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "devices": [
                 *         {
                 *           "model": "Samsung Galaxy A15",
                 *           "serial": "R58W30ABCDE",
                 *           "quantity": 1
                 *         }
                 *       ],
                 *       "compliment": {
                 *         "kind": "Термокружка",
                 *         "quantity": 1
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ContactDetails"];
            };
        };
        responses: {
            /** @description The contact, at `details_recorded`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOutsideShift"];
            404: components["responses"]["ContactNotFound"];
            /**
             * @description - `contact_step_conflict`: the contact is at another step; `currentStep` and `allowedActions`
             *       say what it allows. No step goes back (R14, guide #24): to fix a mistake, refuse the
             *       contact ("Отказ") and open a new one.
             *     - `contact_closed`: the contact was already submitted or refused.
             *     - `shift_already_closed`: the contact's shift is closed.
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    submitContact: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact, `submitted`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOutsideShift"];
            404: components["responses"]["ContactNotFound"];
            /**
             * @description - `iin_not_verified`: the ИИН check has not passed (R13).
             *     - `contact_step_conflict`: the contact is at another step; `currentStep` and `allowedActions`
             *       say what it allows. No step goes back (R14, guide #24): to fix a mistake, refuse the
             *       contact ("Отказ") and open a new one.
             *     - `contact_closed`: the contact was already submitted or refused.
             *     - `shift_already_closed`: the contact's shift is closed.
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            422: components["responses"]["IdempotencyKeyReused"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    refuseContact: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
                /**
                 * @description A key the client generates once per logical request and reuses on every retry of it (a UUID v4
                 *     is recommended). The server keeps the first answer under the key for 24 hours: a repeat with
                 *     the same key and body replays it with `Idempotency-Replayed: true` and applies nothing twice;
                 *     the same key with another body → `idempotency_key_reused` (422); a repeat while the first is
                 *     still running → `idempotency_request_in_progress` (409). Without a key a retry may apply twice
                 *     (for an SMS: count twice against the monthly quota).
                 * @example 5b0c8a2e-1f4d-4c1b-9a57-0d6b7f0e2c31
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The contact's id.
                 * @example 9a1e5f3c-2b4d-4e6f-8a7b-1c2d3e4f5a6b
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Ошибка в фамилии потребителя, регистрация начата заново"
                 *     }
                 */
                "application/json": components["schemas"]["RefuseContactRequest"];
            };
        };
        responses: {
            /** @description The contact, `refused`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenOutsideShift"];
            404: components["responses"]["ContactNotFound"];
            /**
             * @description - `contact_closed`: the contact was already submitted or refused.
             *     - `idempotency_request_in_progress`: a request with the same `Idempotency-Key` is still
             *       being processed.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            410: components["responses"]["AccountDeleted"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["IdempotencyKeyReused"];
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getSmsQuota: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The client's app version, `MAJOR.MINOR.PATCH` (a pre-release such as `3.1.0-beta.2` ranks below
                 *     its release). Send it on every request. A `tablet` below the minimum of `GET /app/version`, or
                 *     with a missing or unparseable version, is refused with `app_version_outdated` (426) before
                 *     anything else is checked (R7).
                 * @example 3.2.0
                 */
                "X-App-Version"?: components["parameters"]["XAppVersion"];
                /**
                 * @description The kind of client sending the request. Send it on every request. A consultant is served only
                 *     on `tablet` (R1); a supervisor on `tablet` or `web`; anything else is refused with
                 *     `access_closed` (403). A missing header counts as `other`; a value outside the
                 *     list is refused with `validation_failed`.
                 * @example tablet
                 */
                "X-Client-Kind"?: components["parameters"]["XClientKind"];
            };
            path: {
                /**
                 * @description A Kazakh mobile number, `+7XXXXXXXXXX` (or the domestic `8XXXXXXXXXX`); URL-encode the `+` as
                 *     `%2B` where a client would otherwise turn it into a space.
                 * @example +77011234567
                 */
                phone: components["parameters"]["PhonePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number's quota this month. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "phone": "+77011234567",
                     *       "limit": 3,
                     *       "used": 1,
                     *       "remaining": 2,
                     *       "resetsAt": "2026-11-30T19:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SmsQuota"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["AccessClosed"];
            410: components["responses"]["AccountDeleted"];
            /** @description - `phone_invalid`: not a Kazakh mobile number. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "Укажите мобильный номер Казахстана.",
                     *       "code": "phone_invalid",
                     *       "requestId": "req_01JDQ3Y8M4ZK2V6T9X0B7C5N1H"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            426: components["responses"]["UpgradeRequired"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
            502: components["responses"]["BadGateway"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
