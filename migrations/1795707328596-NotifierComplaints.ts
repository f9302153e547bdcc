import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Complaints by the author of a notice (DSA Art. 20(1)), who may have no account. */
export class NotifierComplaints1795707328596 implements MigrationInterface {
  name = 'NotifierComplaints1795707328596';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE complaints ALTER COLUMN lodged_by DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE complaints ADD COLUMN notice_id uuid REFERENCES notices (id)`,
    );
    await queryRunner.query(
      `ALTER TABLE complaints ADD CONSTRAINT complaints_author_check CHECK (lodged_by IS NOT NULL OR notice_id IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM complaints WHERE lodged_by IS NULL`);
    await queryRunner.query(`ALTER TABLE complaints DROP CONSTRAINT complaints_author_check`);
    await queryRunner.query(`ALTER TABLE complaints DROP COLUMN notice_id`);
    await queryRunner.query(`ALTER TABLE complaints ALTER COLUMN lodged_by SET NOT NULL`);
  }
}
