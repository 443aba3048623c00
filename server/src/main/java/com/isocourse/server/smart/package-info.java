/**
 * SMART Backend Services (issue 15 item 4, docs/adr/0015): machine clients registered by an admin,
 * the discovery document {@code /.well-known/smart-configuration}, the client-credentials token
 * endpoint {@code /oauth2/token} with a signed JWT assertion ({@code private_key_jwt}, RS384 or
 * ES384), and the access tokens it issues, accepted on the API by Spring Security's resource
 * server. A machine client acts as one existing user, whose access rules all apply; its {@code
 * system/…} scopes only narrow them ({@link com.isocourse.server.smart.SmartScopes}).
 */
package com.isocourse.server.smart;
