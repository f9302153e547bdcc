import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The version of an account's credentials, which every access token carries: making an account an
 * admin or giving it a new password counts it up, so tokens issued before stop being accepted
 * (OWASP Session Management Cheat Sheet, "Renew the session ID after any privilege level change").
 * Existing accounts start at 0, the version tokens issued before this migration are taken to have.
 */
export class UserTokenVersion1796179000000 implements MigrationInterface {
  name = 'UserTokenVersion1796179000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users DROP COLUMN token_version`);
  }
}
