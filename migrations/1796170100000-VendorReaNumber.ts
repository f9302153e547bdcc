import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Italy's REA number (D.P.R. 581/1995 art. 9), kept beside the register number: optional, and
 * only for sellers established in Italy, which the application checks.
 */
export class VendorReaNumber1796170100000 implements MigrationInterface {
  name = 'VendorReaNumber1796170100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE vendors ADD COLUMN rea_number text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE vendors DROP COLUMN rea_number`);
  }
}
