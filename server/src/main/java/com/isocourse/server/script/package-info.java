/**
 * NCPDP SCRIPT REMS adapter (issue 15 item 5, docs/adr/0014, docs/interop-script.md): {@code POST
 * /script/rems} reads a {@code REMSRequest} (SCRIPT 2023011 shape, safe XML parsing) and answers a
 * {@code REMSResponse} Approved or Denied from the pharmacy authorization use case, with the same
 * idempotency (a key derived from the message ID) and audit as {@code /api/pharmacy}.
 */
package com.isocourse.server.script;
