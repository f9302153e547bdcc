import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The signing secret of access tokens when JWT_SECRET is not configured (development and tests).
 * It is generated once per installation by the first API process that needs it and kept here, so
 * that it survives restarts and every API replica on this database signs and verifies alike. A
 * file on one machine could not be shared by replicas in separate containers.
 */
export class AuthSigningSecrets1796170200000 implements MigrationInterface {
  name = 'AuthSigningSecrets1796170200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE auth_signing_secrets (
        purpose text PRIMARY KEY,
        secret text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT auth_signing_secrets_secret_length CHECK (length(secret) >= 32)
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE auth_signing_secrets`);
  }
}
