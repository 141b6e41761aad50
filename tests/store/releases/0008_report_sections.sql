BEGIN TRANSACTION;
CREATE TABLE agency (
	id INTEGER NOT NULL, 
	code VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	parent_id INTEGER, 
	prefix VARCHAR(32) NOT NULL, 
	settings JSON NOT NULL, 
	CONSTRAINT pk_agency PRIMARY KEY (id), 
	CONSTRAINT fk_agency_parent_id_agency FOREIGN KEY(parent_id) REFERENCES agency (id), 
	CONSTRAINT uq_agency_code UNIQUE (code)
);
INSERT INTO "agency" VALUES(1,'LZQ','临沂市罗庄区人民政府',NULL,'LZQ','{}');
INSERT INTO "agency" VALUES(2,'LZYJ','临沂市罗庄区应急管理局',1,'罗应急','{"address": "罗庄区双月园路11号", "phone": "0539-8246747", "postcode": "276017", "seal_line": "临沂市罗庄区应急管理局（印章）", "reconsideration_body": "临沂市罗庄区人民政府", "reconsideration_department": "临沂市应急管理局", "court": "临沂市罗庄区人民法院", "letter_no_pattern": "{prefix}依申复〔{year}〕{seq}号"}');
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0008_report_sections');
CREATE TABLE alert (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	clock_id INTEGER NOT NULL, 
	level VARCHAR(32) NOT NULL, 
	due_on DATE NOT NULL, 
	created_on DATE NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_alert PRIMARY KEY (id), 
	CONSTRAINT fk_alert_case_id_disclosure_case FOREIGN KEY(case_id) REFERENCES disclosure_case (id), 
	CONSTRAINT fk_alert_clock_id_clock FOREIGN KEY(clock_id) REFERENCES clock (id), 
	CONSTRAINT uq_alert_clock_id_level_due_on UNIQUE (clock_id, level, due_on)
);
INSERT INTO "alert" VALUES(1,4,8,'before_due_3','2025-02-20','2025-02-17','2026-12-06 03:06:42.235314');
INSERT INTO "alert" VALUES(2,3,5,'before_due_3','2025-02-24','2025-02-19','2026-12-06 03:06:42.267683');
INSERT INTO "alert" VALUES(3,6,12,'before_due_3','2025-02-27','2025-02-24','2026-12-06 03:06:42.312177');
INSERT INTO "alert" VALUES(4,10,20,'before_due_3','2025-03-12','2025-03-10','2026-12-06 03:06:42.432374');
INSERT INTO "alert" VALUES(5,13,30,'correction_period_over','2025-04-03','2025-04-07','2026-12-06 03:06:42.871847');
INSERT INTO "alert" VALUES(6,14,31,'correction_period_over','2025-04-08','2025-04-09','2026-12-06 03:06:42.934938');
INSERT INTO "alert" VALUES(7,15,32,'before_due_3','2025-04-23','2025-04-18','2026-12-06 03:06:42.996336');
INSERT INTO "alert" VALUES(8,17,36,'before_due_3','2025-04-29','2025-04-25','2026-12-06 03:06:43.135967');
INSERT INTO "alert" VALUES(9,23,49,'before_due_3','2025-07-25','2025-07-22','2026-12-06 03:06:43.634922');
INSERT INTO "alert" VALUES(10,25,56,'correction_period_over','2025-08-04','2025-08-05','2026-12-06 03:06:43.779420');
INSERT INTO "alert" VALUES(11,28,61,'before_due_3','2025-08-28','2025-08-25','2026-12-06 03:06:44.085112');
INSERT INTO "alert" VALUES(12,33,72,'before_due_3','2025-11-18','2025-11-14','2026-12-06 03:06:44.836840');
INSERT INTO "alert" VALUES(13,33,72,'internal_target','2025-11-18','2025-11-17','2026-12-06 03:06:44.862777');
INSERT INTO "alert" VALUES(14,33,72,'overdue','2025-11-18','2025-11-19','2026-12-06 03:06:44.895776');
INSERT INTO "alert" VALUES(15,33,72,'due_today','2025-11-18','2025-11-19','2026-12-06 03:06:44.895776');
INSERT INTO "alert" VALUES(16,36,78,'before_due_3','2025-11-25','2025-11-20','2026-12-06 03:06:44.932278');
INSERT INTO "alert" VALUES(17,35,80,'consultation_overdue','2025-11-21','2025-11-24','2026-12-06 03:06:44.960331');
INSERT INTO "alert" VALUES(18,46,100,'before_due_3','2026-12-09','2026-12-06','2026-12-06 03:06:45.691638');
INSERT INTO "alert" VALUES(19,48,104,'overdue','2026-12-01','2026-12-06','2026-12-06 03:06:45.691638');
INSERT INTO "alert" VALUES(20,47,102,'overdue','2026-12-04','2026-12-06','2026-12-06 03:06:45.691638');
INSERT INTO "alert" VALUES(21,48,105,'correction_notice_closing','2026-11-12','2026-12-06','2026-12-06 03:06:45.691638');
INSERT INTO "alert" VALUES(22,46,101,'correction_notice_closing','2026-11-20','2026-12-06','2026-12-06 03:06:45.691638');
INSERT INTO "alert" VALUES(23,44,97,'correction_notice_closing','2026-11-30','2026-12-06','2026-12-06 03:06:45.691638');
INSERT INTO "alert" VALUES(24,42,93,'correction_notice_closing','2026-12-08','2026-12-06','2026-12-06 03:06:45.691638');
INSERT INTO "alert" VALUES(25,48,104,'before_due_3','2026-12-01','2026-12-06','2026-12-06 03:06:45.691638');
INSERT INTO "alert" VALUES(26,47,102,'before_due_3','2026-12-04','2026-12-06','2026-12-06 03:06:45.691638');
INSERT INTO "alert" VALUES(27,48,104,'internal_target','2026-12-01','2026-12-06','2026-12-06 03:06:45.691638');
INSERT INTO "alert" VALUES(28,47,102,'internal_target','2026-12-04','2026-12-06','2026-12-06 03:06:45.691638');
INSERT INTO "alert" VALUES(29,48,104,'due_today','2026-12-01','2026-12-06','2026-12-06 03:06:45.691638');
INSERT INTO "alert" VALUES(30,47,102,'due_today','2026-12-04','2026-12-06','2026-12-06 03:06:45.691638');
CREATE TABLE "app_user" (
	id INTEGER NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	display_name VARCHAR(100), 
	email VARCHAR(200), 
	addresses JSON NOT NULL, 
	password_hash VARCHAR(200), 
	disabled BOOLEAN DEFAULT 0 NOT NULL, 
	CONSTRAINT pk_app_user PRIMARY KEY (id), 
	CONSTRAINT uq_app_user_name UNIQUE (name)
);
INSERT INTO "app_user" VALUES(1,'wangfang','王芳','wangfang@lzyj.example.gov.cn','{}',NULL,0);
INSERT INTO "app_user" VALUES(2,'liujun','刘军','liujun@lzyj.example.gov.cn','{}',NULL,0);
INSERT INTO "app_user" VALUES(3,'lijing','李静','lijing@lzyj.example.gov.cn','{}',NULL,0);
INSERT INTO "app_user" VALUES(4,'zhaomin','赵敏','zhaomin@lzyj.example.gov.cn','{}',NULL,0);
INSERT INTO "app_user" VALUES(5,'chenjie','陈杰','chenjie@lzq.example.gov.cn','{}',NULL,0);
CREATE TABLE calendar_year (
	year INTEGER NOT NULL, 
	source VARCHAR(300) NOT NULL, 
	checksum VARCHAR(64) NOT NULL, 
	spec JSON NOT NULL, 
	loaded_at DATETIME NOT NULL, 
	CONSTRAINT pk_calendar_year PRIMARY KEY (year)
);
CREATE TABLE case_counter (
	agency_id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	last_no INTEGER NOT NULL, 
	CONSTRAINT pk_case_counter PRIMARY KEY (agency_id, year), 
	CONSTRAINT fk_case_counter_agency_id_agency FOREIGN KEY(agency_id) REFERENCES agency (id)
);
INSERT INTO "case_counter" VALUES(2,2025,40);
INSERT INTO "case_counter" VALUES(2,2026,8);
CREATE TABLE case_event (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	actor VARCHAR(100) NOT NULL, 
	role VARCHAR(32) NOT NULL, 
	"trigger" VARCHAR(48) NOT NULL, 
	from_state VARCHAR(40), 
	to_state VARCHAR(40) NOT NULL, 
	effective_on DATE NOT NULL, 
	recorded_at VARCHAR(40) NOT NULL, 
	data TEXT NOT NULL, 
	late BOOLEAN NOT NULL, 
	prev_hash VARCHAR(64) NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	CONSTRAINT pk_case_event PRIMARY KEY (id), 
	CONSTRAINT fk_case_event_case_id_disclosure_case FOREIGN KEY(case_id) REFERENCES disclosure_case (id), 
	CONSTRAINT uq_case_event_case_id_seq UNIQUE (case_id, seq)
);
INSERT INTO "case_event" VALUES(1,1,1,'liujun','clerk','register',NULL,'received','2025-01-02','2026-12-06T03:06:41.832062+00:00','{"address":"山东省临沂市罗庄区罗庄街道","agency":"LZYJ","applicant_name":"高杰","applicant_type":"natural_person","channel":"in_person","delivery":"post","form":"paper","id_number":"3713**********1243","phone":"139****2768","subject":"安全生产举报奖励发放情况","submitted":"2025-01-02"}',0,'0000000000000000000000000000000000000000000000000000000000000000','f77f23e544803d70ad39bb15f3cbcea55fca3d89fb58be6411461584c41ca120');
INSERT INTO "case_event" VALUES(2,1,2,'wangfang','clerk','accept','received','in_review','2025-01-03','2026-12-06T03:06:41.856667+00:00','{}',0,'f77f23e544803d70ad39bb15f3cbcea55fca3d89fb58be6411461584c41ca120','52256a09a5215815c3b9026ffed53f9a438c6f8436d3930d61f0d7a4c49527af');
INSERT INTO "case_event" VALUES(3,1,3,'wangfang','clerk','withdraw','in_review','closed','2025-01-07','2026-12-06T03:06:41.877784+00:00','{"how":"申请人书面撤回"}',0,'52256a09a5215815c3b9026ffed53f9a438c6f8436d3930d61f0d7a4c49527af','4573b81c72fb488110e1b34facb58bf9b77c959509210a8bd261d1895cc86a4b');
INSERT INTO "case_event" VALUES(4,2,1,'liujun','clerk','register',NULL,'received','2025-01-10','2026-12-06T03:06:41.894813+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"马明","applicant_type":"natural_person","channel":"post_signed","delivery":"email","form":"electronic","id_number":"3713**********8184","phone":"134****6694","signed_for":"2025-01-10","subject":"本局2025年部门预算及三公经费","submitted":"2025-01-09"}',0,'0000000000000000000000000000000000000000000000000000000000000000','9b1bfd90957db4f7b5c6b7704d9ce1082d5222212350453c4ac4d8c2acd34fd1');
INSERT INTO "case_event" VALUES(5,2,2,'liujun','clerk','accept','received','in_review','2025-01-13','2026-12-06T03:06:41.911872+00:00','{}',0,'9b1bfd90957db4f7b5c6b7704d9ce1082d5222212350453c4ac4d8c2acd34fd1','ad1b6bb5902172fff4c42767a9f7e18c39e8833edf33b95c42aa873f23274bf7');
INSERT INTO "case_event" VALUES(6,3,1,'liujun','clerk','register',NULL,'received','2025-01-13','2026-12-06T03:06:41.914726+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"山东罗庄建材有限公司","applicant_type":"commercial_enterprise","channel":"in_person","delivery":"email","form":"paper","phone":"132****4556","subject":"某企业行政处罚决定书","submitted":"2025-01-13"}',0,'0000000000000000000000000000000000000000000000000000000000000000','0574edc0b2f03599d5a6d8c71a91c0244244ee80cc39d8abb7e8b3a95a85aa5c');
INSERT INTO "case_event" VALUES(7,3,2,'wangfang','clerk','accept','received','in_review','2025-01-14','2026-12-06T03:06:41.930077+00:00','{}',0,'0574edc0b2f03599d5a6d8c71a91c0244244ee80cc39d8abb7e8b3a95a85aa5c','092866a221e8026ef7df50eff3636530205ec382b6cd6e09e46244eebe0758da');
INSERT INTO "case_event" VALUES(8,3,3,'wangfang','clerk','consult','in_review','consulting','2025-01-17','2026-12-06T03:06:41.949216+00:00','{"party_kind":"third_party","party_name":"临沂华兴物流有限公司","received_by_party":"2025-01-17"}',0,'092866a221e8026ef7df50eff3636530205ec382b6cd6e09e46244eebe0758da','3841d363bcb6ecd33d39ee21a154f6b5f00cbb260aa66d16263e2cc2f3f6a48d');
INSERT INTO "case_event" VALUES(9,4,1,'liujun','clerk','register',NULL,'received','2025-01-17','2026-12-06T03:06:41.950618+00:00','{"address":"山东省临沂市罗庄区高都街道","agency":"LZYJ","applicant_name":"山东罗庄建材有限公司","applicant_type":"commercial_enterprise","channel":"online","confirmed":"2025-01-17","delivery":"post","form":"electronic","phone":"139****0052","subject":"安全生产举报奖励发放情况","submitted":"2025-01-16"}',0,'0000000000000000000000000000000000000000000000000000000000000000','9e084215078b3af03d67dbb9437c7b54a5b1da1e37067ff5758891d5e23bacee');
INSERT INTO "case_event" VALUES(10,4,2,'wangfang','clerk','accept','received','in_review','2025-01-20','2026-12-06T03:06:41.969602+00:00','{}',0,'9e084215078b3af03d67dbb9437c7b54a5b1da1e37067ff5758891d5e23bacee','3c5eb66c5e9a8945932bda250735ca0ba136bc258e77a7179d00ff4a769693c1');
INSERT INTO "case_event" VALUES(11,5,1,'liujun','clerk','register',NULL,'received','2025-01-20','2026-12-06T03:06:41.970690+00:00','{"address":"山东省临沂市罗庄区罗庄街道","agency":"LZYJ","applicant_name":"山东罗庄建材有限公司","applicant_type":"legal_service_org","channel":"email","confirmed":"2025-01-20","delivery":"email","form":"paper","phone":"135****2786","subject":"本局2025年部门预算及三公经费","submitted":"2025-01-20"}',0,'0000000000000000000000000000000000000000000000000000000000000000','84dd137fb3d3e591c2f55d6c031b54b6dea11b7dddb58619f2b501b28c977396');
INSERT INTO "case_event" VALUES(12,5,2,'liujun','clerk','accept','received','in_review','2025-01-21','2026-12-06T03:06:41.986609+00:00','{}',0,'84dd137fb3d3e591c2f55d6c031b54b6dea11b7dddb58619f2b501b28c977396','a28f24083f478f22bf135439cfe770e3134ad8b16b6bbff31ff548d960245764');
INSERT INTO "case_event" VALUES(13,2,3,'liujun','clerk','decide','in_review','awaiting_signoff','2025-01-22','2026-12-06T03:06:42.009378+00:00','{"basis":"not_exist","outcome":"unavailable_not_held"}',0,'ad1b6bb5902172fff4c42767a9f7e18c39e8833edf33b95c42aa873f23274bf7','211240d155109c96afbe78aec60cac90433850b4c7898c9c0078bb524bfd2359');
INSERT INTO "case_event" VALUES(14,2,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-01-24','2026-12-06T03:06:42.031542+00:00','{}',0,'211240d155109c96afbe78aec60cac90433850b4c7898c9c0078bb524bfd2359','5b8ac98a69df22ccd5da1338e9e7c599784ca2c71f4d7f5e9a0b49102942aef8');
INSERT INTO "case_event" VALUES(15,6,1,'liujun','clerk','register',NULL,'received','2025-01-24','2026-12-06T03:06:42.033439+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"孙静","applicant_type":"natural_person","channel":"in_person","delivery":"post","form":"electronic","id_number":"3713**********9539","phone":"139****9707","subject":"应急避难场所建设情况","submitted":"2025-01-24"}',0,'0000000000000000000000000000000000000000000000000000000000000000','9251a490013b443a0280ccce0f140765e7014e6393c9af3f6e3f17b8d45cacb6');
INSERT INTO "case_event" VALUES(16,2,5,'liujun','clerk','record_delivery','replied','replied','2025-01-26','2026-12-06T03:06:42.052116+00:00','{"method":"post"}',0,'5b8ac98a69df22ccd5da1338e9e7c599784ca2c71f4d7f5e9a0b49102942aef8','07a6afe1851a9d608b9fbe7250e72714f0fe43d249aaa7938d513a69ffb31a76');
INSERT INTO "case_event" VALUES(17,3,4,'wangfang','clerk','record_opinion','consulting','in_review','2025-01-26','2026-12-06T03:06:42.053621+00:00','{"opinion":"object","party_name":"临沂华兴物流有限公司"}',0,'3841d363bcb6ecd33d39ee21a154f6b5f00cbb260aa66d16263e2cc2f3f6a48d','31a913de0550c92fd12c12704c7b1c1557af713d5489fab9dc45b665a18dcf08');
INSERT INTO "case_event" VALUES(18,6,2,'liujun','clerk','accept','received','in_review','2025-01-26','2026-12-06T03:06:42.054841+00:00','{}',0,'9251a490013b443a0280ccce0f140765e7014e6393c9af3f6e3f17b8d45cacb6','c7b04c0b7fd6a96c353af5f6bd436439680b025bb26e2a53ef1c60d20387d495');
INSERT INTO "case_event" VALUES(19,7,1,'liujun','clerk','register',NULL,'received','2025-01-26','2026-12-06T03:06:42.058109+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"徐艳","applicant_type":"natural_person","channel":"online","confirmed":"2025-01-26","delivery":"email","form":"electronic","id_number":"3713**********3391","phone":"131****9026","subject":"某化工企业安全评价报告及备案情况","submitted":"2025-01-25"}',0,'0000000000000000000000000000000000000000000000000000000000000000','b94081b750b22c4e5ca6b08dc73453bb888b87c9ff6fca11c8c7cacbd56ef44c');
INSERT INTO "case_event" VALUES(20,7,2,'wangfang','clerk','accept','received','in_review','2025-01-27','2026-12-06T03:06:42.073397+00:00','{}',0,'b94081b750b22c4e5ca6b08dc73453bb888b87c9ff6fca11c8c7cacbd56ef44c','9f2e83808c7d38bd4588a12ce0b9a497a16b44bcce15a98eba4117c88a4fc436');
INSERT INTO "case_event" VALUES(21,8,1,'liujun','clerk','register',NULL,'received','2025-02-07','2026-12-06T03:06:42.113166+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"杨秀英","applicant_type":"natural_person","channel":"in_person","delivery":"email","form":"electronic","id_number":"3713**********8740","phone":"131****4662","subject":"某化工企业安全评价报告及备案情况","submitted":"2025-02-07"}',0,'0000000000000000000000000000000000000000000000000000000000000000','4bdb4e2f53c90328a25b525ebde8e12b4f1e497f6bef4813feef4939b16e6fc0');
INSERT INTO "case_event" VALUES(22,2,6,'liujun','clerk','archive','replied','archived','2025-02-08','2026-12-06T03:06:42.134920+00:00','{"file_no":"2025-WS-0002"}',0,'07a6afe1851a9d608b9fbe7250e72714f0fe43d249aaa7938d513a69ffb31a76','be2dc214d0f91f4003ec7e5110ffc4829b379ea5f7fca7b1428e59a85d3864b5');
INSERT INTO "case_event" VALUES(23,5,3,'liujun','clerk','decide','in_review','awaiting_signoff','2025-02-08','2026-12-06T03:06:42.135839+00:00','{"basis":"not_this_agency","outcome":"unavailable_not_held"}',0,'a28f24083f478f22bf135439cfe770e3134ad8b16b6bbff31ff548d960245764','ca5e7e978c61a56e6afb827e3b78571a84b21ddc46756a6bd7e2566b68981766');
INSERT INTO "case_event" VALUES(24,8,2,'liujun','clerk','accept','received','in_review','2025-02-08','2026-12-06T03:06:42.136131+00:00','{}',0,'4bdb4e2f53c90328a25b525ebde8e12b4f1e497f6bef4813feef4939b16e6fc0','e8299c7810c013a2898b5445ee5e1c5176aa20705da14c14512a7efd070dcbcb');
INSERT INTO "case_event" VALUES(25,5,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-02-11','2026-12-06T03:06:42.167750+00:00','{}',0,'ca5e7e978c61a56e6afb827e3b78571a84b21ddc46756a6bd7e2566b68981766','4272b200f44a06289e147d68e1d515205ecb346312830368aa21c67612509c53');
INSERT INTO "case_event" VALUES(26,5,5,'liujun','clerk','record_delivery','replied','replied','2025-02-12','2026-12-06T03:06:42.202343+00:00','{"method":"email"}',0,'4272b200f44a06289e147d68e1d515205ecb346312830368aa21c67612509c53','7a532b9c46a4c4496bf4ad4cf4d174f80c105f7e6aea5f68868a7369b024c2d3');
INSERT INTO "case_event" VALUES(27,9,1,'liujun','clerk','register',NULL,'received','2025-02-12','2026-12-06T03:06:42.202994+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"马涛","applicant_type":"natural_person","channel":"online","confirmed":"2025-02-12","delivery":"post","form":"electronic","id_number":"3713**********4692","phone":"136****1497","subject":"本局2025年部门预算及三公经费","submitted":"2025-02-10"}',0,'0000000000000000000000000000000000000000000000000000000000000000','64dbe414d6ee5a4f0d417931a26b5d616d2ea5e1bf12baedcb9ab916479eb833');
INSERT INTO "case_event" VALUES(28,10,1,'liujun','clerk','register',NULL,'received','2025-02-12','2026-12-06T03:06:42.203762+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"王桂兰","applicant_type":"natural_person","channel":"oral","delivery":"email","form":"paper","id_number":"3713**********9677","phone":"135****9785","subject":"某建设项目安全设施竣工验收意见","submitted":"2025-02-12"}',0,'0000000000000000000000000000000000000000000000000000000000000000','1402b8ac7551e91d166972a60812323ef45019925c625de9d97eca7ce9cb8604');
INSERT INTO "case_event" VALUES(29,4,3,'wangfang','clerk','decide','in_review','confidentiality_review','2025-02-13','2026-12-06T03:06:42.219728+00:00','{"basis":"partial","outcome":"partially_disclosed","reasons":"其中涉及的企业负责人姓名、联系方式属于个人信息，已作遮盖处理。","withheld_ground":"withheld_third_party_rights"}',0,'3c5eb66c5e9a8945932bda250735ca0ba136bc258e77a7179d00ff4a769693c1','b505dbce3b026669739c539d173e93d492d5c52fc1f41298af97bcecd239412a');
INSERT INTO "case_event" VALUES(30,9,2,'wangfang','clerk','accept','received','in_review','2025-02-13','2026-12-06T03:06:42.220085+00:00','{}',0,'64dbe414d6ee5a4f0d417931a26b5d616d2ea5e1bf12baedcb9ab916479eb833','c3de77a6ff703fc35f3140f3c645ee76d3a2621f6d7f58643b2371093fab6e9a');
INSERT INTO "case_event" VALUES(31,10,2,'liujun','clerk','accept','received','in_review','2025-02-13','2026-12-06T03:06:42.220359+00:00','{}',0,'1402b8ac7551e91d166972a60812323ef45019925c625de9d97eca7ce9cb8604','b1280202f578e6dc2297d5516b66c69f71a9b5c47163d826118924b6e3f0cd03');
INSERT INTO "case_event" VALUES(32,4,4,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-02-14','2026-12-06T03:06:42.234339+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'b505dbce3b026669739c539d173e93d492d5c52fc1f41298af97bcecd239412a','eb8178a356aae5b537dbd28bef01d24013ad223aa2621c923d7254466eb9cd4b');
INSERT INTO "case_event" VALUES(33,9,3,'wangfang','clerk','withdraw','in_review','closed','2025-02-14','2026-12-06T03:06:42.234730+00:00','{"how":"申请人书面撤回"}',0,'c3de77a6ff703fc35f3140f3c645ee76d3a2621f6d7f58643b2371093fab6e9a','7eb9eeea281ce6700e2539dcee294ffdb4932d74ee72c778ae8378982de6baf9');
INSERT INTO "case_event" VALUES(34,4,5,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-02-17','2026-12-06T03:06:42.253227+00:00','{}',0,'eb8178a356aae5b537dbd28bef01d24013ad223aa2621c923d7254466eb9cd4b','ce8bde799eeec255e5047d62f966ab3f77b43edc93c9d846659f473a3079ce5a');
INSERT INTO "case_event" VALUES(35,7,3,'wangfang','clerk','decide','in_review','confidentiality_review','2025-02-17','2026-12-06T03:06:42.253767+00:00','{"basis":"provided","outcome":"disclosed"}',0,'9f2e83808c7d38bd4588a12ce0b9a497a16b44bcce15a98eba4117c88a4fc436','5b67a1359135795cbd5180a160f8bc1be155e2fd5941bc89614f3271fff83536');
INSERT INTO "case_event" VALUES(36,3,5,'wangfang','clerk','decide','in_review','confidentiality_review','2025-02-18','2026-12-06T03:06:42.266841+00:00','{"basis":"provided","outcome":"disclosed"}',0,'31a913de0550c92fd12c12704c7b1c1557af713d5489fab9dc45b665a18dcf08','5a1cb0b8cd882d3eab331ad8b7ab7da486403cd7fb554ff696baaf7e713a47eb');
INSERT INTO "case_event" VALUES(37,4,6,'wangfang','clerk','record_delivery','replied','replied','2025-02-18','2026-12-06T03:06:42.267152+00:00','{"method":"email"}',0,'ce8bde799eeec255e5047d62f966ab3f77b43edc93c9d846659f473a3079ce5a','353b3afb58f5ce7a1c60b66ddf3cf9482bd0e676b28426464ee291f37c87601a');
INSERT INTO "case_event" VALUES(38,7,4,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-02-18','2026-12-06T03:06:42.267294+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'5b67a1359135795cbd5180a160f8bc1be155e2fd5941bc89614f3271fff83536','2074b22b828db8505fb86a54b831f39a2a235421e7c8976d0af764b95c67669c');
INSERT INTO "case_event" VALUES(39,3,6,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-02-19','2026-12-06T03:06:42.281614+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'5a1cb0b8cd882d3eab331ad8b7ab7da486403cd7fb554ff696baaf7e713a47eb','23eaa9c331dbada26f33afcd11a0e25de1316853024ccb75186692da1b6a8033');
INSERT INTO "case_event" VALUES(40,5,6,'liujun','clerk','archive','replied','archived','2025-02-19','2026-12-06T03:06:42.281902+00:00','{"file_no":"2025-WS-0005"}',0,'7a532b9c46a4c4496bf4ad4cf4d174f80c105f7e6aea5f68868a7369b024c2d3','f26e8dccf216689bbc49f6d97656856bee3b53c4866db876ace84ca35e767fe2');
INSERT INTO "case_event" VALUES(41,7,5,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-02-19','2026-12-06T03:06:42.282246+00:00','{}',0,'2074b22b828db8505fb86a54b831f39a2a235421e7c8976d0af764b95c67669c','0efbee0fb7082fbd2e98bc44f1817cfb1fb90d3b926ae4ff17c70995870fda03');
INSERT INTO "case_event" VALUES(42,11,1,'liujun','clerk','register',NULL,'received','2025-02-19','2026-12-06T03:06:42.282982+00:00','{"address":"山东省临沂市罗庄区罗庄街道","agency":"LZYJ","applicant_name":"刘军","applicant_type":"natural_person","channel":"online","confirmed":"2025-02-19","delivery":"email","form":"paper","id_number":"3713**********1157","phone":"139****5747","subject":"某企业行政处罚决定书","submitted":"2025-02-18"}',0,'0000000000000000000000000000000000000000000000000000000000000000','874dba8f0924c67ef99567aa98383513e5d4670f877dcc64707688ffe9aa4d50');
INSERT INTO "case_event" VALUES(43,3,7,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-02-20','2026-12-06T03:06:42.297561+00:00','{}',0,'23eaa9c331dbada26f33afcd11a0e25de1316853024ccb75186692da1b6a8033','eb2fe61d1a7aefb0b8d0119bc87dc559290da67ca909e9062f82b58d14c7f9f2');
INSERT INTO "case_event" VALUES(44,7,6,'wangfang','clerk','record_delivery','replied','replied','2025-02-20','2026-12-06T03:06:42.298040+00:00','{"method":"post"}',0,'0efbee0fb7082fbd2e98bc44f1817cfb1fb90d3b926ae4ff17c70995870fda03','057420c71e562789f80ac7188217d5d7a1b9038868836873aa00dada00f63ca7');
INSERT INTO "case_event" VALUES(45,11,2,'liujun','clerk','accept','received','in_review','2025-02-20','2026-12-06T03:06:42.298275+00:00','{}',0,'874dba8f0924c67ef99567aa98383513e5d4670f877dcc64707688ffe9aa4d50','4cf3ea04fc48da43ae95894f3dcc7bda3b87097ad73e2493cb6e659026e015cf');
INSERT INTO "case_event" VALUES(46,3,8,'wangfang','clerk','record_delivery','replied','replied','2025-02-21','2026-12-06T03:06:42.311367+00:00','{"method":"email"}',0,'eb2fe61d1a7aefb0b8d0119bc87dc559290da67ca909e9062f82b58d14c7f9f2','76f022b97b92d57095d47cb9d8728e040e945ef3a4ecf51e418094983bd58bda');
INSERT INTO "case_event" VALUES(47,6,3,'liujun','clerk','decide','in_review','awaiting_signoff','2025-02-21','2026-12-06T03:06:42.311747+00:00','{"basis":"needs_creation","outcome":"unavailable_needs_creation"}',0,'c7b04c0b7fd6a96c353af5f6bd436439680b025bb26e2a53ef1c60d20387d495','a39989579b9888c4f8fade778073daf569348594dfbb0fdcc2c5c28d263c72a5');
INSERT INTO "case_event" VALUES(48,8,3,'liujun','clerk','decide','in_review','confidentiality_review','2025-02-24','2026-12-06T03:06:42.326687+00:00','{"basis":"provided","outcome":"disclosed"}',0,'e8299c7810c013a2898b5445ee5e1c5176aa20705da14c14512a7efd070dcbcb','08f198d1ba0f863b34d555e86d0a2a6377d87c2e90a1e1d94801829a77ac4578');
INSERT INTO "case_event" VALUES(49,4,7,'wangfang','clerk','archive','replied','archived','2025-02-25','2026-12-06T03:06:42.339167+00:00','{"file_no":"2025-WS-0004"}',0,'353b3afb58f5ce7a1c60b66ddf3cf9482bd0e676b28426464ee291f37c87601a','f81fff06f4805275ba90cb3d2404c5e04535f48304274bbd4a045eaa76a85212');
INSERT INTO "case_event" VALUES(50,6,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-02-25','2026-12-06T03:06:42.339618+00:00','{}',0,'a39989579b9888c4f8fade778073daf569348594dfbb0fdcc2c5c28d263c72a5','db4d4ea0801ecbb41cef24b4264cc90fa03d19e365966ffc3a507c90599c46a0');
INSERT INTO "case_event" VALUES(51,8,4,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-02-25','2026-12-06T03:06:42.339967+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'08f198d1ba0f863b34d555e86d0a2a6377d87c2e90a1e1d94801829a77ac4578','9a6345a6c6ec74fc01cafda695774a4fe95027706352eea0f721da60ea877c41');
INSERT INTO "case_event" VALUES(52,6,5,'liujun','clerk','record_delivery','replied','replied','2025-02-26','2026-12-06T03:06:42.357355+00:00','{"method":"email"}',0,'db4d4ea0801ecbb41cef24b4264cc90fa03d19e365966ffc3a507c90599c46a0','54cdeedf5de61f3ed074db54cd6c526368ca04a5e4ef687357d5a03da3ae8e49');
INSERT INTO "case_event" VALUES(53,8,5,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-02-26','2026-12-06T03:06:42.357802+00:00','{}',0,'9a6345a6c6ec74fc01cafda695774a4fe95027706352eea0f721da60ea877c41','24a493353697f45aa36ebc965049db812c663f31d093f9483052be5f7e083edc');
INSERT INTO "case_event" VALUES(54,7,7,'wangfang','clerk','archive','replied','archived','2025-02-27','2026-12-06T03:06:42.370649+00:00','{"file_no":"2025-WS-0007"}',0,'057420c71e562789f80ac7188217d5d7a1b9038868836873aa00dada00f63ca7','f96e8e921ce6321a8d2d14f998afaa2ac041d489f68262ff9af9d41e5d1ba0d6');
INSERT INTO "case_event" VALUES(55,8,6,'liujun','clerk','record_delivery','replied','replied','2025-02-27','2026-12-06T03:06:42.370981+00:00','{"method":"post"}',0,'24a493353697f45aa36ebc965049db812c663f31d093f9483052be5f7e083edc','28c6b198ce95a27fcdb2d364212adc9a99713c4d1d3379b5ed704834f2f05937');
INSERT INTO "case_event" VALUES(56,11,3,'liujun','clerk','withdraw','in_review','closed','2025-02-27','2026-12-06T03:06:42.371237+00:00','{"how":"申请人书面撤回"}',0,'4cf3ea04fc48da43ae95894f3dcc7bda3b87097ad73e2493cb6e659026e015cf','7dd4cf1174f74b13051271accafc345a81e3d6356eb5d58ba7949f5e47bdd325');
INSERT INTO "case_event" VALUES(57,3,9,'wangfang','clerk','archive','replied','archived','2025-02-28','2026-12-06T03:06:42.384430+00:00','{"file_no":"2025-WS-0003"}',0,'76f022b97b92d57095d47cb9d8728e040e945ef3a4ecf51e418094983bd58bda','2ffda9e96e8029c47dc5bd46a896ca85de7d0d5f4b152be5915d361a906d208d');
INSERT INTO "case_event" VALUES(58,6,6,'liujun','clerk','archive','replied','archived','2025-03-05','2026-12-06T03:06:42.398533+00:00','{"file_no":"2025-WS-0006"}',0,'54cdeedf5de61f3ed074db54cd6c526368ca04a5e4ef687357d5a03da3ae8e49','8745d7399195ac1af805654234edbc6d8aa75e1fc90e02e8fd60d227f643ee7d');
INSERT INTO "case_event" VALUES(59,10,3,'liujun','clerk','decide','in_review','awaiting_signoff','2025-03-06','2026-12-06T03:06:42.431862+00:00','{"basis":"not_exist","outcome":"unavailable_not_held"}',0,'b1280202f578e6dc2297d5516b66c69f71a9b5c47163d826118924b6e3f0cd03','8bf6ec155b72799674e9759c5fa2d6799e7702670831773b3450c72a40c049c2');
INSERT INTO "case_event" VALUES(60,10,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-03-10','2026-12-06T03:06:42.466912+00:00','{}',0,'8bf6ec155b72799674e9759c5fa2d6799e7702670831773b3450c72a40c049c2','a60ee9e46c579176f9bfabd362920442295d422ad972595d2e56376c58ba376d');
INSERT INTO "case_event" VALUES(61,10,5,'liujun','clerk','record_delivery','replied','replied','2025-03-11','2026-12-06T03:06:42.498461+00:00','{"method":"email"}',0,'a60ee9e46c579176f9bfabd362920442295d422ad972595d2e56376c58ba376d','8e8d21ee4bfc5b8281c2e1f12112066ad345e3cc2bfbc6424e6ecfeb007d4e87');
INSERT INTO "case_event" VALUES(62,12,1,'liujun','clerk','register',NULL,'received','2025-03-11','2026-12-06T03:06:42.499069+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"孙桂兰","applicant_type":"natural_person","channel":"online","confirmed":"2025-03-11","delivery":"post","form":"paper","id_number":"3713**********6278","phone":"136****6515","subject":"某企业行政处罚决定书","submitted":"2025-03-11"}',0,'0000000000000000000000000000000000000000000000000000000000000000','7c2b1f442a0917d34a63aa883ea7a89ea88ecc250707cd1308c3540876961040');
INSERT INTO "case_event" VALUES(63,12,2,'wangfang','clerk','accept','received','in_review','2025-03-12','2026-12-06T03:06:42.543202+00:00','{}',0,'7c2b1f442a0917d34a63aa883ea7a89ea88ecc250707cd1308c3540876961040','b910bee1f08e9ef7e67bfb0d0d4c944e9fec572981189f8a05b01c165e2dd752');
INSERT INTO "case_event" VALUES(64,13,1,'liujun','clerk','register',NULL,'received','2025-03-17','2026-12-06T03:06:42.576438+00:00','{"address":"山东省临沂市罗庄区罗庄街道","agency":"LZYJ","applicant_name":"罗庄区顺达运输有限公司","applicant_type":"social_welfare_org","channel":"post_signed","delivery":"email","form":"electronic","phone":"131****2441","signed_for":"2025-03-17","subject":"本局2025年部门预算及三公经费","submitted":"2025-03-17"}',0,'0000000000000000000000000000000000000000000000000000000000000000','cf88736641e7aed3a2f393106c3dfdc62829a135190e1351b961c69dda9f08f5');
INSERT INTO "case_event" VALUES(65,10,6,'liujun','clerk','archive','replied','archived','2025-03-18','2026-12-06T03:06:42.611501+00:00','{"file_no":"2025-WS-0010"}',0,'8e8d21ee4bfc5b8281c2e1f12112066ad345e3cc2bfbc6424e6ecfeb007d4e87','5efd666f6bf1aa1681b469bba14fc5d96a6508c6a116edfe8caa8c671927aaa5');
INSERT INTO "case_event" VALUES(66,14,1,'liujun','clerk','register',NULL,'received','2025-03-18','2026-12-06T03:06:42.612083+00:00','{"address":"山东省临沂市罗庄区罗庄街道","agency":"LZYJ","applicant_name":"赵磊","applicant_type":"natural_person","channel":"online","confirmed":"2025-03-18","delivery":"email","form":"electronic","id_number":"3713**********4005","phone":"135****9799","subject":"2024年度辖区安全生产执法检查计划","submitted":"2025-03-18"}',0,'0000000000000000000000000000000000000000000000000000000000000000','454a70e24b794e49796711c548753cfed1efc2e036730df579a5ed337e06a3ce');
INSERT INTO "case_event" VALUES(67,13,2,'liujun','clerk','request_correction','received','awaiting_correction','2025-03-20','2026-12-06T03:06:42.642182+00:00','{"correct_by":"2025-04-03","items":"请明确所需信息的名称、文号或其他特征描述"}',0,'cf88736641e7aed3a2f393106c3dfdc62829a135190e1351b961c69dda9f08f5','ca202de2953bdc8787e9dd7cd3afe83216abe677105eade0cc12230812475ea6');
INSERT INTO "case_event" VALUES(68,14,2,'wangfang','clerk','request_correction','received','awaiting_correction','2025-03-24','2026-12-06T03:06:42.665523+00:00','{"correct_by":"2025-04-08","items":"请明确所需信息的名称、文号或其他特征描述"}',0,'454a70e24b794e49796711c548753cfed1efc2e036730df579a5ed337e06a3ce','10f1c636222de14a98ff5f63bd9390f3c7704d4ab11b78fd7f036102274d573f');
INSERT INTO "case_event" VALUES(69,15,1,'liujun','clerk','register',NULL,'received','2025-03-25','2026-12-06T03:06:42.693310+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"王静","applicant_type":"natural_person","channel":"email","confirmed":"2025-03-25","delivery":"post","form":"paper","id_number":"3713**********1573","phone":"139****8175","subject":"某化工企业安全评价报告及备案情况","submitted":"2025-03-24"}',0,'0000000000000000000000000000000000000000000000000000000000000000','151378da764e758b85834d6464b7090ff2d8e9b3ed3a60f5ad05686cfabcbf5f');
INSERT INTO "case_event" VALUES(70,12,3,'wangfang','clerk','decide','in_review','awaiting_signoff','2025-03-26','2026-12-06T03:06:42.723618+00:00','{"basis":"needs_creation","outcome":"unavailable_needs_creation"}',0,'b910bee1f08e9ef7e67bfb0d0d4c944e9fec572981189f8a05b01c165e2dd752','3a883affce7cd826b1b4f69220d800e31c8383ee2eae5e25c1cbaedfe781fd21');
INSERT INTO "case_event" VALUES(71,15,2,'wangfang','clerk','accept','received','in_review','2025-03-26','2026-12-06T03:06:42.727350+00:00','{}',0,'151378da764e758b85834d6464b7090ff2d8e9b3ed3a60f5ad05686cfabcbf5f','6fd2d04cb0fac2ab133b383e323a5900b0a237ce77900c5811323baee213b9c4');
INSERT INTO "case_event" VALUES(72,12,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-03-28','2026-12-06T03:06:42.769352+00:00','{}',0,'3a883affce7cd826b1b4f69220d800e31c8383ee2eae5e25c1cbaedfe781fd21','af16e47dbd34ed9b9911f2837c77017bfd32884b02e4a8dbcf15f94bced2e1fe');
INSERT INTO "case_event" VALUES(73,12,5,'wangfang','clerk','record_delivery','replied','replied','2025-03-31','2026-12-06T03:06:42.798657+00:00','{"method":"post"}',0,'af16e47dbd34ed9b9911f2837c77017bfd32884b02e4a8dbcf15f94bced2e1fe','874619da8fee73f58eeb58b773c5fbb9d371b410bc2ac5805bed789e27072fea');
INSERT INTO "case_event" VALUES(74,16,1,'liujun','clerk','register',NULL,'received','2025-03-31','2026-12-06T03:06:42.799296+00:00','{"address":"山东省临沂市罗庄区高都街道","agency":"LZYJ","applicant_name":"孙静","applicant_type":"natural_person","channel":"online","confirmed":"2025-03-31","delivery":"post","form":"electronic","id_number":"3713**********3358","phone":"136****9658","subject":"某企业行政处罚决定书","submitted":"2025-03-29"}',0,'0000000000000000000000000000000000000000000000000000000000000000','5ba0d207ae8a60e4c0a23f579fa0db83993f210334d32bd7fde7c711b693bfbc');
INSERT INTO "case_event" VALUES(75,16,2,'wangfang','clerk','accept','received','in_review','2025-04-01','2026-12-06T03:06:42.827409+00:00','{}',0,'5ba0d207ae8a60e4c0a23f579fa0db83993f210334d32bd7fde7c711b693bfbc','cd1b1106c2c499d4a84ce3474c4f8f371ca6a444f05ff86b6e1222318825a53c');
INSERT INTO "case_event" VALUES(76,17,1,'liujun','clerk','register',NULL,'received','2025-04-01','2026-12-06T03:06:42.832796+00:00','{"address":"山东省临沂市罗庄区罗庄街道","agency":"LZYJ","applicant_name":"陈敏","applicant_type":"natural_person","channel":"online","confirmed":"2025-04-01","delivery":"email","form":"electronic","id_number":"3713**********5789","phone":"138****9716","subject":"辖区危险化学品经营许可名单","submitted":"2025-03-30"}',0,'0000000000000000000000000000000000000000000000000000000000000000','cbaf266ee118f377a05c2ea4a6c2334cdf20b0a738aaef7cc6dc948107c597ef');
INSERT INTO "case_event" VALUES(77,17,2,'liujun','clerk','accept','received','in_review','2025-04-02','2026-12-06T03:06:42.863444+00:00','{}',0,'cbaf266ee118f377a05c2ea4a6c2334cdf20b0a738aaef7cc6dc948107c597ef','5c4cdca9c2b94bf2b094836fb25e2cc2aa5da251d1054687c75f1617a5cf277d');
INSERT INTO "case_event" VALUES(78,13,3,'liujun','clerk','lapse_correction','awaiting_correction','closed','2025-04-07','2026-12-06T03:06:42.913639+00:00','{}',0,'ca202de2953bdc8787e9dd7cd3afe83216abe677105eade0cc12230812475ea6','6b70cc7ea521f1e980ed2825e8e911584a4f0cb5048d9f3d23b75f785895a423');
INSERT INTO "case_event" VALUES(79,12,6,'wangfang','clerk','archive','replied','archived','2025-04-08','2026-12-06T03:06:42.934420+00:00','{"file_no":"2025-WS-0012"}',0,'874619da8fee73f58eeb58b773c5fbb9d371b410bc2ac5805bed789e27072fea','d4a20cc94fe69be4e4fc199a345bbbe176e3376c69b381de662a90bdb8167c36');
INSERT INTO "case_event" VALUES(80,14,3,'wangfang','clerk','lapse_correction','awaiting_correction','closed','2025-04-09','2026-12-06T03:06:42.963557+00:00','{}',0,'10f1c636222de14a98ff5f63bd9390f3c7704d4ab11b78fd7f036102274d573f','46386ca6c7e46b565049b5c6e582c2f20b58d4a2b3b7b7e6d4942ea922ad7a14');
INSERT INTO "case_event" VALUES(81,15,3,'wangfang','clerk','decide','in_review','awaiting_signoff','2025-04-17','2026-12-06T03:06:42.995773+00:00','{"basis":"petition","outcome":"declined_petition"}',0,'6fd2d04cb0fac2ab133b383e323a5900b0a237ce77900c5811323baee213b9c4','677270dbf270211673b7d22625bc647a74480b649acb1de4c62043b56b916b52');
INSERT INTO "case_event" VALUES(82,16,3,'wangfang','clerk','decide','in_review','confidentiality_review','2025-04-18','2026-12-06T03:06:43.025958+00:00','{"basis":"already_public","outcome":"disclosed","where_published":"临沂市罗庄区人民政府门户网站“政府信息公开—罗庄区应急管理局”栏目"}',0,'cd1b1106c2c499d4a84ce3474c4f8f371ca6a444f05ff86b6e1222318825a53c','a5a989757126aa8ffb3618ce956e41df5945a138a03b0508f3aa9e2f4998ddab');
INSERT INTO "case_event" VALUES(83,15,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-04-21','2026-12-06T03:06:43.053841+00:00','{}',0,'677270dbf270211673b7d22625bc647a74480b649acb1de4c62043b56b916b52','29b92886b83a7a36947844a5e6eb58f04296f31df005620181dbfcc368c39fde');
INSERT INTO "case_event" VALUES(84,16,4,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-04-21','2026-12-06T03:06:43.054341+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'a5a989757126aa8ffb3618ce956e41df5945a138a03b0508f3aa9e2f4998ddab','d00f3e7e7a5ab67994574f3d727f7f126725c1aed6201b5736185f91c7e49b54');
INSERT INTO "case_event" VALUES(85,15,5,'wangfang','clerk','record_delivery','replied','replied','2025-04-22','2026-12-06T03:06:43.077416+00:00','{"method":"post"}',0,'29b92886b83a7a36947844a5e6eb58f04296f31df005620181dbfcc368c39fde','84280776a61bfb64e4398abbab3216c356199c1bad34826a18b324d542182463');
INSERT INTO "case_event" VALUES(86,16,5,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-04-22','2026-12-06T03:06:43.078030+00:00','{}',0,'d00f3e7e7a5ab67994574f3d727f7f126725c1aed6201b5736185f91c7e49b54','f4925e64f129724f178fa7504e0bb8c157e292b2ef1051937ae493fa294e5a99');
INSERT INTO "case_event" VALUES(87,16,6,'wangfang','clerk','record_delivery','replied','replied','2025-04-23','2026-12-06T03:06:43.099857+00:00','{"method":"email"}',0,'f4925e64f129724f178fa7504e0bb8c157e292b2ef1051937ae493fa294e5a99','97d36648150ea88228c8c18d53652551f88ed37432e8bdc4d2998dfc10eb96f9');
INSERT INTO "case_event" VALUES(88,17,3,'liujun','clerk','decide','in_review','confidentiality_review','2025-04-23','2026-12-06T03:06:43.100203+00:00','{"basis":"provided","outcome":"disclosed"}',0,'5c4cdca9c2b94bf2b094836fb25e2cc2aa5da251d1054687c75f1617a5cf277d','51fc2e146cae754e6578e018a412b6d4795dd059fd838f57d42b71d0f64a5061');
INSERT INTO "case_event" VALUES(89,17,4,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-04-24','2026-12-06T03:06:43.135458+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'51fc2e146cae754e6578e018a412b6d4795dd059fd838f57d42b71d0f64a5061','00cfd98af866e569779ffdf8960066f29e297df026f4bef4831155dd2e1e6e3c');
INSERT INTO "case_event" VALUES(90,17,5,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-04-25','2026-12-06T03:06:43.158881+00:00','{}',0,'00cfd98af866e569779ffdf8960066f29e297df026f4bef4831155dd2e1e6e3c','d246e4224612074be3719dd8b00edc40e15676d7e6b35e6917c68a06017f5bbc');
INSERT INTO "case_event" VALUES(91,17,6,'liujun','clerk','record_delivery','replied','replied','2025-04-27','2026-12-06T03:06:43.173455+00:00','{"method":"post"}',0,'d246e4224612074be3719dd8b00edc40e15676d7e6b35e6917c68a06017f5bbc','a9c5a2b0581ca650b63814fff0624dc4983cedeae2ef9e90946aaaf50eeafef2');
INSERT INTO "case_event" VALUES(92,16,7,'wangfang','clerk','archive','replied','archived','2025-04-29','2026-12-06T03:06:43.185844+00:00','{"file_no":"2025-WS-0016"}',0,'97d36648150ea88228c8c18d53652551f88ed37432e8bdc4d2998dfc10eb96f9','d88389449dfc2b567fa2fa08e658a305cef5436e8a4073f124ae61ee354e0391');
INSERT INTO "case_event" VALUES(93,17,7,'liujun','clerk','archive','replied','archived','2025-05-07','2026-12-06T03:06:43.197796+00:00','{"file_no":"2025-WS-0017"}',0,'a9c5a2b0581ca650b63814fff0624dc4983cedeae2ef9e90946aaaf50eeafef2','77405dbb83c233409c610884d82b31fed8d7d3d05e5b45bd833e5d274407ce85');
INSERT INTO "case_event" VALUES(94,18,1,'liujun','clerk','register',NULL,'received','2025-05-26','2026-12-06T03:06:43.210737+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"王伟","applicant_type":"natural_person","channel":"post_signed","delivery":"email","form":"electronic","id_number":"3713**********990X","phone":"130****1267","signed_for":"2025-05-26","subject":"本局2025年部门预算及三公经费","submitted":"2025-05-26"}',0,'0000000000000000000000000000000000000000000000000000000000000000','2a9ebb4438e04099867acce4af405954c814d12f09814689d3568b3893efa80b');
INSERT INTO "case_event" VALUES(95,18,2,'liujun','clerk','accept','received','in_review','2025-05-27','2026-12-06T03:06:43.224027+00:00','{}',0,'2a9ebb4438e04099867acce4af405954c814d12f09814689d3568b3893efa80b','fc3dab149c883daec00eada56ccb5860a466992c3fa90ef075e24bb06a13bbd6');
INSERT INTO "case_event" VALUES(96,19,1,'liujun','clerk','register',NULL,'received','2025-05-27','2026-12-06T03:06:43.225393+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"何杰","applicant_type":"natural_person","channel":"online","confirmed":"2025-05-27","delivery":"post","form":"paper","id_number":"3713**********9645","phone":"139****6161","subject":"某企业行政处罚决定书","submitted":"2025-05-26"}',0,'0000000000000000000000000000000000000000000000000000000000000000','774b5677b5afffe3498ed8f55f38508cb3979471c453a0133a6f79d6a074c97c');
INSERT INTO "case_event" VALUES(97,20,1,'liujun','clerk','register',NULL,'received','2025-05-27','2026-12-06T03:06:43.226103+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"何勇","applicant_type":"natural_person","channel":"post_signed","delivery":"post","form":"electronic","id_number":"3713**********4432","phone":"131****2253","signed_for":"2025-05-27","subject":"某化工企业安全评价报告及备案情况","submitted":"2025-05-27"}',0,'0000000000000000000000000000000000000000000000000000000000000000','c1b55c5d3cdb5016ca5627e0868236dd08ab9c5d093bb32ec0f07185247cd745');
INSERT INTO "case_event" VALUES(98,19,2,'liujun','clerk','accept','received','in_review','2025-05-28','2026-12-06T03:06:43.238635+00:00','{}',0,'774b5677b5afffe3498ed8f55f38508cb3979471c453a0133a6f79d6a074c97c','23ac7b37508d37e01071fb7ab771bd3c1f493fc25afa544e5a8ac1f198b494fc');
INSERT INTO "case_event" VALUES(99,20,2,'liujun','clerk','accept','received','in_review','2025-05-28','2026-12-06T03:06:43.239418+00:00','{}',0,'c1b55c5d3cdb5016ca5627e0868236dd08ab9c5d093bb32ec0f07185247cd745','4fcade8dff6a1bb3b284110f9aebf689719514697f2ed43ac5937d11fcfdcd0a');
INSERT INTO "case_event" VALUES(100,21,1,'liujun','clerk','register',NULL,'received','2025-05-28','2026-12-06T03:06:43.239986+00:00','{"address":"山东省临沂市罗庄区高都街道","agency":"LZYJ","applicant_name":"刘涛","applicant_type":"natural_person","channel":"post_signed","delivery":"post","form":"electronic","id_number":"3713**********3015","phone":"136****5408","signed_for":"2025-05-28","subject":"防汛抗旱应急预案","submitted":"2025-05-28"}',0,'0000000000000000000000000000000000000000000000000000000000000000','929b35d2f48d6d511256c350a03ca71b38b336ac49a1828fc50293577e8ee1c0');
INSERT INTO "case_event" VALUES(101,21,2,'wangfang','clerk','accept','received','in_review','2025-05-29','2026-12-06T03:06:43.252885+00:00','{}',0,'929b35d2f48d6d511256c350a03ca71b38b336ac49a1828fc50293577e8ee1c0','2c1be4f5586d6d6ca6ebdf8fc8d182f0b937fcee35fdc822a6e31a5c0bfc6de1');
INSERT INTO "case_event" VALUES(102,20,3,'liujun','clerk','consult','in_review','consulting','2025-05-30','2026-12-06T03:06:43.266340+00:00','{"party_kind":"third_party","party_name":"临沂鑫源化工有限公司","received_by_party":"2025-05-30"}',0,'4fcade8dff6a1bb3b284110f9aebf689719514697f2ed43ac5937d11fcfdcd0a','43a0d71f8322ed03ee5ea01408821a42b27427f762bb8925f26c6703ba27b956');
INSERT INTO "case_event" VALUES(103,22,1,'liujun','clerk','register',NULL,'received','2025-06-05','2026-12-06T03:06:43.280729+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"杨明","applicant_type":"natural_person","channel":"online","confirmed":"2025-06-05","delivery":"email","form":"paper","id_number":"3713**********8858","phone":"137****6299","subject":"辖区危险化学品经营许可名单","submitted":"2025-06-04"}',0,'0000000000000000000000000000000000000000000000000000000000000000','8a29e041e72b142dbba1934e61f78ad3efe1c6b88e786bdbee59d5120ef435a7');
INSERT INTO "case_event" VALUES(104,18,3,'liujun','clerk','decide','in_review','awaiting_signoff','2025-06-06','2026-12-06T03:06:43.293285+00:00','{"basis":"needs_creation","outcome":"unavailable_needs_creation"}',0,'fc3dab149c883daec00eada56ccb5860a466992c3fa90ef075e24bb06a13bbd6','c4605989b9ebe6a49827e82196841a23b238af83a989ffbc64913b9bb2c9e03f');
INSERT INTO "case_event" VALUES(105,22,2,'liujun','clerk','accept','received','in_review','2025-06-06','2026-12-06T03:06:43.293605+00:00','{}',0,'8a29e041e72b142dbba1934e61f78ad3efe1c6b88e786bdbee59d5120ef435a7','c9111b48d96bf9456759713e2d916076f68a2009000726819c29b02d154784b2');
INSERT INTO "case_event" VALUES(106,18,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-06-10','2026-12-06T03:06:43.306106+00:00','{}',0,'c4605989b9ebe6a49827e82196841a23b238af83a989ffbc64913b9bb2c9e03f','7c460e5a868be282e594ded124e10228958d7cfc7b8f12d59a0281caae0d1511');
INSERT INTO "case_event" VALUES(107,22,3,'liujun','clerk','withdraw','in_review','closed','2025-06-10','2026-12-06T03:06:43.306599+00:00','{"how":"申请人书面撤回"}',0,'c9111b48d96bf9456759713e2d916076f68a2009000726819c29b02d154784b2','e15e196087d60d75eaadceb5cc3fcc81e08822de6b37386dc7c9d82694d32a2a');
INSERT INTO "case_event" VALUES(108,23,1,'liujun','clerk','register',NULL,'received','2025-06-10','2026-12-06T03:06:43.307177+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"临沂鑫源化工有限公司","applicant_type":"legal_service_org","channel":"online","confirmed":"2025-06-10","delivery":"email","form":"electronic","phone":"131****5087","subject":"本局2025年部门预算及三公经费","submitted":"2025-06-09"}',0,'0000000000000000000000000000000000000000000000000000000000000000','9eba4487f5d201c6ab5377d0c405f5facd30f29f39ff79668f7e9f9d0f361fdd');
INSERT INTO "case_event" VALUES(109,18,5,'liujun','clerk','record_delivery','replied','replied','2025-06-11','2026-12-06T03:06:43.320368+00:00','{"method":"email"}',0,'7c460e5a868be282e594ded124e10228958d7cfc7b8f12d59a0281caae0d1511','e23824dae8dc4234f78c1c9d11c0b51178012c21d0589ab927d710e279e1e783');
INSERT INTO "case_event" VALUES(110,23,2,'wangfang','clerk','accept','received','in_review','2025-06-11','2026-12-06T03:06:43.323888+00:00','{}',0,'9eba4487f5d201c6ab5377d0c405f5facd30f29f39ff79668f7e9f9d0f361fdd','255f35cf8bae91580c73361dd4aabc50ea5cdb22cf3fbcc4a6e7c8a973166bef');
INSERT INTO "case_event" VALUES(111,19,3,'liujun','clerk','decide','in_review','awaiting_signoff','2025-06-12','2026-12-06T03:06:43.336799+00:00','{"basis":"not_exist","outcome":"unavailable_not_held"}',0,'23ac7b37508d37e01071fb7ab771bd3c1f493fc25afa544e5a8ac1f198b494fc','3fac150468550d7481dfcbad12fe336f9199a5c2f1d825408fdc350180996ca6');
INSERT INTO "case_event" VALUES(112,19,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-06-16','2026-12-06T03:06:43.348916+00:00','{}',0,'3fac150468550d7481dfcbad12fe336f9199a5c2f1d825408fdc350180996ca6','0ad80d748f83a63bf541668449adde5340696c7815da0c981a89453f69a582bd');
INSERT INTO "case_event" VALUES(113,21,3,'wangfang','clerk','decide','in_review','awaiting_signoff','2025-06-16','2026-12-06T03:06:43.349414+00:00','{"basis":"withheld","outcome":"withheld_process_information"}',0,'2c1be4f5586d6d6ca6ebdf8fc8d182f0b937fcee35fdc822a6e31a5c0bfc6de1','a969a97517a32d4a30c291d401149f809eb09d191a8cf5c5a06557e2d1aaade8');
INSERT INTO "case_event" VALUES(114,23,3,'wangfang','clerk','consult','in_review','consulting','2025-06-16','2026-12-06T03:06:43.349663+00:00','{"party_kind":"third_party","party_name":"罗庄区顺达运输有限公司","received_by_party":"2025-06-16"}',0,'255f35cf8bae91580c73361dd4aabc50ea5cdb22cf3fbcc4a6e7c8a973166bef','ebf67a1725f534282c30e53aaee520cd32da349c259ee33870bd761c9ed39afe');
INSERT INTO "case_event" VALUES(115,19,5,'liujun','clerk','record_delivery','replied','replied','2025-06-17','2026-12-06T03:06:43.361728+00:00','{"method":"post"}',0,'0ad80d748f83a63bf541668449adde5340696c7815da0c981a89453f69a582bd','60ae4c6846d9c651a411dfd153e379dfe3aaed747abcffc886d0071ff4a33ba6');
INSERT INTO "case_event" VALUES(116,20,4,'liujun','clerk','record_opinion','consulting','in_review','2025-06-17','2026-12-06T03:06:43.362126+00:00','{"opinion":"object","party_name":"临沂鑫源化工有限公司"}',0,'43a0d71f8322ed03ee5ea01408821a42b27427f762bb8925f26c6703ba27b956','1d465401285d8b63c521b385491e32bcd25c0b112e66d26e43b3b09a15b48720');
INSERT INTO "case_event" VALUES(117,18,6,'liujun','clerk','archive','replied','archived','2025-06-18','2026-12-06T03:06:43.382044+00:00','{"file_no":"2025-WS-0018"}',0,'e23824dae8dc4234f78c1c9d11c0b51178012c21d0589ab927d710e279e1e783','7e7a77d71faab0ac04216d8fe4671751d9d54c9d8de83176f64652133f9cbde4');
INSERT INTO "case_event" VALUES(118,21,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-06-18','2026-12-06T03:06:43.382498+00:00','{}',0,'a969a97517a32d4a30c291d401149f809eb09d191a8cf5c5a06557e2d1aaade8','829a5a0e371974bb9dcf878a8d28b67c5ac54f31cdcec22b255040cf2f196cff');
INSERT INTO "case_event" VALUES(119,21,5,'wangfang','clerk','record_delivery','replied','replied','2025-06-19','2026-12-06T03:06:43.412449+00:00','{"method":"email"}',0,'829a5a0e371974bb9dcf878a8d28b67c5ac54f31cdcec22b255040cf2f196cff','b6430affac7e5f3ff68beb94c0fb9074521aa604bca3d3a3ab56f65159d09e18');
INSERT INTO "case_event" VALUES(120,19,6,'liujun','clerk','archive','replied','archived','2025-06-24','2026-12-06T03:06:43.443006+00:00','{"file_no":"2025-WS-0019"}',0,'60ae4c6846d9c651a411dfd153e379dfe3aaed747abcffc886d0071ff4a33ba6','38970b606c193f591f28e8e566515a5b38ff3bb6bc52f336a3c3c418d18d4baf');
INSERT INTO "case_event" VALUES(121,21,6,'wangfang','clerk','archive','replied','archived','2025-06-26','2026-12-06T03:06:43.464199+00:00','{"file_no":"2025-WS-0021"}',0,'b6430affac7e5f3ff68beb94c0fb9074521aa604bca3d3a3ab56f65159d09e18','22f82688112696f1047cc0f1daa0d659d0f1ef257bf645a87f770f927cb9c649');
INSERT INTO "case_event" VALUES(122,20,5,'liujun','clerk','decide','in_review','awaiting_signoff','2025-07-01','2026-12-06T03:06:43.479480+00:00','{"basis":"withheld","outcome":"withheld_third_party_rights"}',0,'1d465401285d8b63c521b385491e32bcd25c0b112e66d26e43b3b09a15b48720','7c507b6039ffb4160a21d87b0fd5b1e82a34dc026e00843a6b6c59d523c440ef');
INSERT INTO "case_event" VALUES(123,20,6,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-07-03','2026-12-06T03:06:43.500173+00:00','{}',0,'7c507b6039ffb4160a21d87b0fd5b1e82a34dc026e00843a6b6c59d523c440ef','d5a522236682cf9c8ed5769284d59d6520369655f38bbccc321fffbff7d3f154');
INSERT INTO "case_event" VALUES(124,23,4,'wangfang','clerk','record_opinion','consulting','in_review','2025-07-03','2026-12-06T03:06:43.500919+00:00','{"opinion":"object","party_name":"罗庄区顺达运输有限公司"}',0,'ebf67a1725f534282c30e53aaee520cd32da349c259ee33870bd761c9ed39afe','3243791085c443a34f857483d5e9e58f1797dbc723b143242e57100f76743f34');
INSERT INTO "case_event" VALUES(125,24,1,'liujun','clerk','register',NULL,'received','2025-07-03','2026-12-06T03:06:43.501901+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"山东罗庄建材有限公司","applicant_type":"commercial_enterprise","channel":"online","confirmed":"2025-07-03","delivery":"email","form":"electronic","phone":"134****7016","subject":"2024年度辖区安全生产执法检查计划","submitted":"2025-07-01"}',0,'0000000000000000000000000000000000000000000000000000000000000000','51d4e40c92c76d743829a1904c6db007d952ca3da43c38a696bddfdaebcfc6e3');
INSERT INTO "case_event" VALUES(126,20,7,'liujun','clerk','record_delivery','replied','replied','2025-07-04','2026-12-06T03:06:43.520170+00:00','{"method":"email"}',0,'d5a522236682cf9c8ed5769284d59d6520369655f38bbccc321fffbff7d3f154','3aad7d408563f42eb754ec678ef426f6f782bab331c4b79d0f3d2ffd46bae054');
INSERT INTO "case_event" VALUES(127,24,2,'wangfang','clerk','accept','received','in_review','2025-07-04','2026-12-06T03:06:43.521168+00:00','{}',0,'51d4e40c92c76d743829a1904c6db007d952ca3da43c38a696bddfdaebcfc6e3','2d55e119a69e233b7a8ad739183bedff0bc00b324b82fd5aa50447d50468cc79');
INSERT INTO "case_event" VALUES(128,24,3,'wangfang','clerk','decide','in_review','confidentiality_review','2025-07-15','2026-12-06T03:06:43.541654+00:00','{"basis":"provided","outcome":"disclosed"}',0,'2d55e119a69e233b7a8ad739183bedff0bc00b324b82fd5aa50447d50468cc79','a8d99c3e9a1d0152dba1b3d6ce0fb09e90a2a8f6c83dbb550ad6f51c3bbff768');
INSERT INTO "case_event" VALUES(129,25,1,'liujun','clerk','register',NULL,'received','2025-07-15','2026-12-06T03:06:43.542292+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"山东罗庄建材有限公司","applicant_type":"other_org","channel":"online","confirmed":"2025-07-15","delivery":"email","form":"electronic","phone":"135****5174","subject":"某化工企业安全评价报告及备案情况","submitted":"2025-07-14"}',0,'0000000000000000000000000000000000000000000000000000000000000000','db0f001f1d7f30c47913a75e01e3c68f89ebb3f93969a709e611f9f2737beb3a');
INSERT INTO "case_event" VALUES(130,24,4,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-07-16','2026-12-06T03:06:43.555848+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'a8d99c3e9a1d0152dba1b3d6ce0fb09e90a2a8f6c83dbb550ad6f51c3bbff768','f6c2b8a02da2a2a33abb53b2b482f56fbf952cd59021df407d29ff9eea718013');
INSERT INTO "case_event" VALUES(131,24,5,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-07-17','2026-12-06T03:06:43.572330+00:00','{}',0,'f6c2b8a02da2a2a33abb53b2b482f56fbf952cd59021df407d29ff9eea718013','be665f9ce4988a6ebaba2e83405f6c4e6c79282b0c46d51f02fa289a8fa74192');
INSERT INTO "case_event" VALUES(132,24,6,'wangfang','clerk','record_delivery','replied','replied','2025-07-18','2026-12-06T03:06:43.609465+00:00','{"method":"email"}',0,'be665f9ce4988a6ebaba2e83405f6c4e6c79282b0c46d51f02fa289a8fa74192','0d79454a3d615a11a680e4b44c375d2fbffcef9bc4ae10561fc980d188dddb50');
INSERT INTO "case_event" VALUES(133,25,2,'wangfang','clerk','request_correction','received','awaiting_correction','2025-07-21','2026-12-06T03:06:43.634269+00:00','{"correct_by":"2025-08-04","items":"请明确所需信息的名称、文号或其他特征描述"}',0,'db0f001f1d7f30c47913a75e01e3c68f89ebb3f93969a709e611f9f2737beb3a','ce6c800e154bef37645df7177fe21b06db9a7c14129ec96310a25cc7162276e0');
INSERT INTO "case_event" VALUES(134,23,5,'zhaomin','head','extend','in_review','in_review','2025-07-22','2026-12-06T03:06:43.669696+00:00','{"days":10,"reason":"需调取档案，无法按期答复"}',0,'3243791085c443a34f857483d5e9e58f1797dbc723b143242e57100f76743f34','ac9986c2e2f7ad5ff9d44e4f70d0cb9035425c9b0129e02cb5d9d4c4bfebb1d2');
INSERT INTO "case_event" VALUES(135,26,1,'liujun','clerk','register',NULL,'received','2025-07-22','2026-12-06T03:06:43.672738+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"郭明","applicant_type":"natural_person","channel":"post_ordinary","confirmed":"2025-07-22","delivery":"email","form":"electronic","id_number":"3713**********2714","phone":"134****0912","subject":"某化工企业安全评价报告及备案情况","submitted":"2025-07-20"}',0,'0000000000000000000000000000000000000000000000000000000000000000','8236ce41597616916aa39350050136993e22b11f383578e9e1a0bc373514209c');
INSERT INTO "case_event" VALUES(136,26,2,'liujun','clerk','accept','received','in_review','2025-07-23','2026-12-06T03:06:43.689504+00:00','{}',0,'8236ce41597616916aa39350050136993e22b11f383578e9e1a0bc373514209c','70cdd8a6f8f59006564625247d444c5afd2b5081d6cacb5f3e6ce9e8fee6c00d');
INSERT INTO "case_event" VALUES(137,24,7,'wangfang','clerk','archive','replied','archived','2025-07-25','2026-12-06T03:06:43.704894+00:00','{"file_no":"2025-WS-0024"}',0,'0d79454a3d615a11a680e4b44c375d2fbffcef9bc4ae10561fc980d188dddb50','89179e8c271f1590fe3d8c1111cd45cf80176a426d04e09772707acc0ef34c3a');
INSERT INTO "case_event" VALUES(138,23,6,'wangfang','clerk','decide','in_review','confidentiality_review','2025-07-29','2026-12-06T03:06:43.722684+00:00','{"basis":"provided","outcome":"disclosed"}',0,'ac9986c2e2f7ad5ff9d44e4f70d0cb9035425c9b0129e02cb5d9d4c4bfebb1d2','d036bb00fa8880611b5dc6e889937dcf24da98a955846bdc3141652a2f97dff8');
INSERT INTO "case_event" VALUES(139,23,7,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-07-30','2026-12-06T03:06:43.737649+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'d036bb00fa8880611b5dc6e889937dcf24da98a955846bdc3141652a2f97dff8','6a348e95cb8a2714ae34f24a1da4542e59d18a0535e179a8b519510a9b037637');
INSERT INTO "case_event" VALUES(140,27,1,'liujun','clerk','register',NULL,'received','2025-07-30','2026-12-06T03:06:43.738280+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"郭芳","applicant_type":"natural_person","channel":"online","confirmed":"2025-07-30","delivery":"email","form":"paper","id_number":"3713**********6370","phone":"137****3611","subject":"应急避难场所建设情况","submitted":"2025-07-29"}',0,'0000000000000000000000000000000000000000000000000000000000000000','9fb3c961c3a34356b8c59cedd15270aa5bb9a42eacb59f2b0c5a9fb566fc2934');
INSERT INTO "case_event" VALUES(141,23,8,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-07-31','2026-12-06T03:06:43.753703+00:00','{}',0,'6a348e95cb8a2714ae34f24a1da4542e59d18a0535e179a8b519510a9b037637','d9668d4f0134795c180e2bf707b2e33793ff990f54d76c9dfa4c60e1cbf2cd12');
INSERT INTO "case_event" VALUES(142,27,2,'wangfang','clerk','accept','received','in_review','2025-07-31','2026-12-06T03:06:43.754180+00:00','{}',0,'9fb3c961c3a34356b8c59cedd15270aa5bb9a42eacb59f2b0c5a9fb566fc2934','9c7ad5474d79b38a4aeba5d6adc0038754d80a41a5f95ac5b5b4c8158447f763');
INSERT INTO "case_event" VALUES(143,28,1,'liujun','clerk','register',NULL,'received','2025-07-31','2026-12-06T03:06:43.755027+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"临沂华兴物流有限公司","applicant_type":"commercial_enterprise","channel":"in_person","delivery":"post","form":"electronic","phone":"135****3626","subject":"某企业行政处罚决定书","submitted":"2025-07-31"}',0,'0000000000000000000000000000000000000000000000000000000000000000','d7a46a5377ed2e36472f1634ad541272b084348830cc5c96d4e3154e79e10ecf');
INSERT INTO "case_event" VALUES(144,23,9,'wangfang','clerk','record_delivery','replied','replied','2025-08-01','2026-12-06T03:06:43.778150+00:00','{"method":"email"}',0,'d9668d4f0134795c180e2bf707b2e33793ff990f54d76c9dfa4c60e1cbf2cd12','b32b1ed25a4a6ff47572e19afbeed067ed76ccd9e2ec61706e31f59679d74ab0');
INSERT INTO "case_event" VALUES(145,28,2,'liujun','clerk','accept','received','in_review','2025-08-01','2026-12-06T03:06:43.778512+00:00','{}',0,'d7a46a5377ed2e36472f1634ad541272b084348830cc5c96d4e3154e79e10ecf','04e23961e22fdc5ae9e608a2afab7c467d98399f2cc13c1e23f49127d936c331');
INSERT INTO "case_event" VALUES(146,25,3,'wangfang','clerk','lapse_correction','awaiting_correction','closed','2025-08-05','2026-12-06T03:06:43.802459+00:00','{}',0,'ce6c800e154bef37645df7177fe21b06db9a7c14129ec96310a25cc7162276e0','4c62b57e9a5f52fed792db717b4d31b057e6f28a1f88ed8660531f0d12951364');
INSERT INTO "case_event" VALUES(147,29,1,'liujun','clerk','register',NULL,'received','2025-08-05','2026-12-06T03:06:43.803265+00:00','{"address":"山东省临沂市罗庄区高都街道","agency":"LZYJ","applicant_name":"高娜","applicant_type":"natural_person","channel":"email","confirmed":"2025-08-05","delivery":"post","form":"electronic","id_number":"3713**********3667","phone":"130****1897","subject":"某企业行政处罚决定书","submitted":"2025-08-03"}',0,'0000000000000000000000000000000000000000000000000000000000000000','dbf23910f5051a9e8c4848d0d3223a5b1ea8dabaafa9923612e862918f19a05c');
INSERT INTO "case_event" VALUES(148,29,2,'wangfang','clerk','accept','received','in_review','2025-08-06','2026-12-06T03:06:43.827521+00:00','{}',0,'dbf23910f5051a9e8c4848d0d3223a5b1ea8dabaafa9923612e862918f19a05c','99d0447e036fd473286144790a628024dfe8867e33b5ffede5363b1b59cf6203');
INSERT INTO "case_event" VALUES(149,23,10,'wangfang','clerk','archive','replied','archived','2025-08-08','2026-12-06T03:06:43.848999+00:00','{"file_no":"2025-WS-0023"}',0,'b32b1ed25a4a6ff47572e19afbeed067ed76ccd9e2ec61706e31f59679d74ab0','f6aa359f73ff004f1cf1199a847ab42c507eb737c39be07480ed1e172401abed');
INSERT INTO "case_event" VALUES(150,26,3,'liujun','clerk','decide','in_review','awaiting_signoff','2025-08-11','2026-12-06T03:06:43.871138+00:00','{"basis":"not_exist","outcome":"unavailable_not_held"}',0,'70cdd8a6f8f59006564625247d444c5afd2b5081d6cacb5f3e6ce9e8fee6c00d','2ccd57447e289f23f5c010fcd30c8587d0d96b7c2dfe91550c4a7081c364cf05');
INSERT INTO "case_event" VALUES(151,26,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-08-13','2026-12-06T03:06:43.900344+00:00','{}',0,'2ccd57447e289f23f5c010fcd30c8587d0d96b7c2dfe91550c4a7081c364cf05','482f1130f52673c4fa873e4010bba9be485879162e049f1d460d03c3a0e0d1e6');
INSERT INTO "case_event" VALUES(152,26,5,'liujun','clerk','record_delivery','replied','replied','2025-08-14','2026-12-06T03:06:43.923662+00:00','{"method":"post"}',0,'482f1130f52673c4fa873e4010bba9be485879162e049f1d460d03c3a0e0d1e6','08ccab68e51dc8cc04948c4a0f199e979a55a8837f2da5e6399c14e5badc9f2d');
INSERT INTO "case_event" VALUES(153,27,3,'wangfang','clerk','decide','in_review','confidentiality_review','2025-08-15','2026-12-06T03:06:43.946288+00:00','{"basis":"provided","outcome":"disclosed"}',0,'9c7ad5474d79b38a4aeba5d6adc0038754d80a41a5f95ac5b5b4c8158447f763','f1f9cfacc6eab0080f4b777bee3dce6826a11e7c5236edc66b630484a79cd591');
INSERT INTO "case_event" VALUES(154,27,4,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-08-18','2026-12-06T03:06:43.965856+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'f1f9cfacc6eab0080f4b777bee3dce6826a11e7c5236edc66b630484a79cd591','c05b0ff7d3d7741c8499b0b7add8764fd5e9314d67252568eb52622e27b0b5a6');
INSERT INTO "case_event" VALUES(155,29,3,'wangfang','clerk','decide','in_review','awaiting_signoff','2025-08-18','2026-12-06T03:06:43.966261+00:00','{"basis":"repeat","outcome":"declined_repeat"}',0,'99d0447e036fd473286144790a628024dfe8867e33b5ffede5363b1b59cf6203','8575d0d11868ad3202225d66a8f4e8f58926d43dcc93614a68342ebebd7fbf96');
INSERT INTO "case_event" VALUES(156,27,5,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-08-19','2026-12-06T03:06:43.983861+00:00','{}',0,'c05b0ff7d3d7741c8499b0b7add8764fd5e9314d67252568eb52622e27b0b5a6','b379fa8c058bf5bd9c67451e2e2069d349e73db8420f882405f444e12ded664d');
INSERT INTO "case_event" VALUES(157,27,6,'wangfang','clerk','record_delivery','replied','replied','2025-08-20','2026-12-06T03:06:44.008028+00:00','{"method":"post"}',0,'b379fa8c058bf5bd9c67451e2e2069d349e73db8420f882405f444e12ded664d','b0009833714844adf1b90104f03e8fe7594f18ec48c978ed46fdd6a2f21e53ed');
INSERT INTO "case_event" VALUES(158,29,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-08-20','2026-12-06T03:06:44.008450+00:00','{}',0,'8575d0d11868ad3202225d66a8f4e8f58926d43dcc93614a68342ebebd7fbf96','b17c50ba237b1fd6c642a4c09d0a01d1652eb7c93b09094c16c2fc268790a45a');
INSERT INTO "case_event" VALUES(159,30,1,'liujun','clerk','register',NULL,'received','2025-08-20','2026-12-06T03:06:44.019186+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"郭强","applicant_type":"natural_person","channel":"online","confirmed":"2025-08-20","delivery":"email","form":"electronic","id_number":"3713**********9912","phone":"136****0462","subject":"某化工企业安全评价报告及备案情况","submitted":"2025-08-19"}',0,'0000000000000000000000000000000000000000000000000000000000000000','91b8f8a088e0aaf605b239c91fa4c50c472085d96554ac3709b39900bd88f589');
INSERT INTO "case_event" VALUES(160,26,6,'liujun','clerk','archive','replied','archived','2025-08-21','2026-12-06T03:06:44.036263+00:00','{"file_no":"2025-WS-0026"}',0,'08ccab68e51dc8cc04948c4a0f199e979a55a8837f2da5e6399c14e5badc9f2d','5018750c71f2b3f8fa7700706ccddb7520877126d3b804149bab5c0ab7abf753');
INSERT INTO "case_event" VALUES(161,28,3,'liujun','clerk','decide','in_review','confidentiality_review','2025-08-21','2026-12-06T03:06:44.040780+00:00','{"basis":"provided","outcome":"disclosed"}',0,'04e23961e22fdc5ae9e608a2afab7c467d98399f2cc13c1e23f49127d936c331','37b4fc9390b1c4d1cde89280ac178c5595898d422fadb77841888b967b4ad7ca');
INSERT INTO "case_event" VALUES(162,29,5,'wangfang','clerk','record_delivery','replied','replied','2025-08-21','2026-12-06T03:06:44.041068+00:00','{"method":"email"}',0,'b17c50ba237b1fd6c642a4c09d0a01d1652eb7c93b09094c16c2fc268790a45a','ec4b9ddca15c791018161027c746259a3050a8fa2a843c6436e9383ad8929730');
INSERT INTO "case_event" VALUES(163,30,2,'wangfang','clerk','accept','received','in_review','2025-08-21','2026-12-06T03:06:44.041256+00:00','{}',0,'91b8f8a088e0aaf605b239c91fa4c50c472085d96554ac3709b39900bd88f589','6885d8c01e8bfd86b54c4ee84578b5ec7fc27a1f51aceb67e5649002ad90359e');
INSERT INTO "case_event" VALUES(164,28,4,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-08-22','2026-12-06T03:06:44.081090+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'37b4fc9390b1c4d1cde89280ac178c5595898d422fadb77841888b967b4ad7ca','c2b3dd660443dc09a54db6445f05399e2c1cb81564c2da18e5be05038bfb9df3');
INSERT INTO "case_event" VALUES(165,28,5,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-08-25','2026-12-06T03:06:44.120124+00:00','{}',0,'c2b3dd660443dc09a54db6445f05399e2c1cb81564c2da18e5be05038bfb9df3','f32ae03e03ea1ba4967f3cbffd5f71156af2968deb826d66650b3112a6ae8a2f');
INSERT INTO "case_event" VALUES(166,28,6,'liujun','clerk','record_delivery','replied','replied','2025-08-26','2026-12-06T03:06:44.154156+00:00','{"method":"post"}',0,'f32ae03e03ea1ba4967f3cbffd5f71156af2968deb826d66650b3112a6ae8a2f','e80742cdb61635b8ddca9dfda7071f3194cd41015ad562130dd88b59ebcd703c');
INSERT INTO "case_event" VALUES(167,30,3,'wangfang','clerk','consult','in_review','consulting','2025-08-26','2026-12-06T03:06:44.154572+00:00','{"party_kind":"third_party","party_name":"临沂华兴物流有限公司","received_by_party":"2025-08-26"}',0,'6885d8c01e8bfd86b54c4ee84578b5ec7fc27a1f51aceb67e5649002ad90359e','fe5f9298eaf49929a71323cc202c1bad150879ad217f73eb68503fb8bb934012');
INSERT INTO "case_event" VALUES(168,27,7,'wangfang','clerk','archive','replied','archived','2025-08-27','2026-12-06T03:06:44.194944+00:00','{"file_no":"2025-WS-0027"}',0,'b0009833714844adf1b90104f03e8fe7594f18ec48c978ed46fdd6a2f21e53ed','4593873886016276e84066e5186916d07240dbba93242355684989e54c8bdb34');
INSERT INTO "case_event" VALUES(169,29,6,'wangfang','clerk','archive','replied','archived','2025-08-28','2026-12-06T03:06:44.232652+00:00','{"file_no":"2025-WS-0029"}',0,'ec4b9ddca15c791018161027c746259a3050a8fa2a843c6436e9383ad8929730','49fd9d88da6a0effb5ab52b3a4b56b3c5f72b22c9b4cd8fa4039bf76de9d5a63');
INSERT INTO "case_event" VALUES(170,28,7,'liujun','clerk','archive','replied','archived','2025-09-02','2026-12-06T03:06:44.263523+00:00','{"file_no":"2025-WS-0028"}',0,'e80742cdb61635b8ddca9dfda7071f3194cd41015ad562130dd88b59ebcd703c','880112ea5a5a2e94bce10633f82376cd24cbd0a5f9e2e32967f9ad575817363d');
INSERT INTO "case_event" VALUES(171,30,4,'wangfang','clerk','record_opinion','consulting','in_review','2025-09-02','2026-12-06T03:06:44.263957+00:00','{"opinion":"object","party_name":"临沂华兴物流有限公司"}',0,'fe5f9298eaf49929a71323cc202c1bad150879ad217f73eb68503fb8bb934012','e0a427e442bcf5f2da72171055e8d8e36d4c0e53dad8abdddcb023637e09358a');
INSERT INTO "case_event" VALUES(172,31,1,'liujun','clerk','register',NULL,'received','2025-09-02','2026-12-06T03:06:44.269461+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"临沂华兴物流有限公司","applicant_type":"commercial_enterprise","channel":"post_signed","delivery":"email","form":"paper","phone":"131****1054","signed_for":"2025-09-02","subject":"某企业行政处罚决定书","submitted":"2025-09-01"}',0,'0000000000000000000000000000000000000000000000000000000000000000','3d76366beb39acc41d2752431e26233bd286995a9401805bb1cc55df21f6841a');
INSERT INTO "case_event" VALUES(173,31,2,'liujun','clerk','accept','received','in_review','2025-09-03','2026-12-06T03:06:44.295926+00:00','{}',0,'3d76366beb39acc41d2752431e26233bd286995a9401805bb1cc55df21f6841a','724e6af0622ce9c40903c21157b0bd4e71d3bed74fce0665bf8666e6ff863743');
INSERT INTO "case_event" VALUES(174,30,5,'wangfang','clerk','decide','in_review','confidentiality_review','2025-09-15','2026-12-06T03:06:44.326302+00:00','{"basis":"provided","outcome":"disclosed"}',0,'e0a427e442bcf5f2da72171055e8d8e36d4c0e53dad8abdddcb023637e09358a','bb8a8f22ec1d8c585857d921930da7eeb9f614699a0bb17b486874c18c7a77e0');
INSERT INTO "case_event" VALUES(175,30,6,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-09-16','2026-12-06T03:06:44.362152+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'bb8a8f22ec1d8c585857d921930da7eeb9f614699a0bb17b486874c18c7a77e0','33e0b63c89cf30a2376d77b9e5d06dec3426324e9948ab9216d1db5e7cd09feb');
INSERT INTO "case_event" VALUES(176,31,3,'liujun','clerk','decide','in_review','confidentiality_review','2025-09-16','2026-12-06T03:06:44.362531+00:00','{"basis":"provided","outcome":"disclosed"}',0,'724e6af0622ce9c40903c21157b0bd4e71d3bed74fce0665bf8666e6ff863743','a4bc38efd82d28b9816f9cf07840aceba0715af5208f8a95449ef075cef36c32');
INSERT INTO "case_event" VALUES(177,30,7,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-09-17','2026-12-06T03:06:44.390237+00:00','{}',0,'33e0b63c89cf30a2376d77b9e5d06dec3426324e9948ab9216d1db5e7cd09feb','0600da9ab22d108d2b4598c0f2358d91cd5f68ea06e36b2609edc2e2ea74cc7c');
INSERT INTO "case_event" VALUES(178,31,4,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-09-17','2026-12-06T03:06:44.390695+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'a4bc38efd82d28b9816f9cf07840aceba0715af5208f8a95449ef075cef36c32','aeacfd21ac8ef4de071aa3e233ab7146cfe47d7464b299a3627618ecacf61642');
INSERT INTO "case_event" VALUES(179,30,8,'wangfang','clerk','record_delivery','replied','replied','2025-09-18','2026-12-06T03:06:44.408489+00:00','{"method":"email"}',0,'0600da9ab22d108d2b4598c0f2358d91cd5f68ea06e36b2609edc2e2ea74cc7c','fe9b34857b8cba4aafa872ccede727e71ee8cdcff949621176e2136575b0cc75');
INSERT INTO "case_event" VALUES(180,31,5,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-09-18','2026-12-06T03:06:44.411411+00:00','{}',0,'aeacfd21ac8ef4de071aa3e233ab7146cfe47d7464b299a3627618ecacf61642','dcd8f1300a62e9c12c0331e60606e32b67f7b88652217b6c488f903e4f0e0776');
INSERT INTO "case_event" VALUES(181,31,6,'liujun','clerk','record_delivery','replied','replied','2025-09-19','2026-12-06T03:06:44.431292+00:00','{"method":"email"}',0,'dcd8f1300a62e9c12c0331e60606e32b67f7b88652217b6c488f903e4f0e0776','cb8a0cba7d030c126d3199209b3755f5f7c5340f150d4a754281a0503607b8a1');
INSERT INTO "case_event" VALUES(182,32,1,'liujun','clerk','register',NULL,'received','2025-09-24','2026-12-06T03:06:44.452631+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"郭桂兰","applicant_type":"natural_person","channel":"post_signed","delivery":"email","form":"paper","id_number":"3713**********307X","phone":"130****8935","signed_for":"2025-09-24","subject":"某建设项目安全设施竣工验收意见","submitted":"2025-09-22"}',0,'0000000000000000000000000000000000000000000000000000000000000000','dd36be5d6bd0e456ae39d843a69cefd522c614ebf1848c51645d8f8ea08d7b77');
INSERT INTO "case_event" VALUES(183,30,9,'wangfang','clerk','archive','replied','archived','2025-09-25','2026-12-06T03:06:44.469468+00:00','{"file_no":"2025-WS-0030"}',0,'fe9b34857b8cba4aafa872ccede727e71ee8cdcff949621176e2136575b0cc75','90748d94ea44e6e1544b9f33415ac14847568b3ab8144a15a44b07612ac9f6ba');
INSERT INTO "case_event" VALUES(184,32,2,'wangfang','clerk','accept','received','in_review','2025-09-25','2026-12-06T03:06:44.469924+00:00','{}',0,'dd36be5d6bd0e456ae39d843a69cefd522c614ebf1848c51645d8f8ea08d7b77','3ec2ccef2281ccb1a8c63124c8b829580a5ff2f9961df10870acb45eeb0bd226');
INSERT INTO "case_event" VALUES(185,31,7,'liujun','clerk','archive','replied','archived','2025-09-26','2026-12-06T03:06:44.487287+00:00','{"file_no":"2025-WS-0031"}',0,'cb8a0cba7d030c126d3199209b3755f5f7c5340f150d4a754281a0503607b8a1','0ee67a745469a552f64a6f2bc5cb14e3613d6a63f28665b31f1d4a409472f205');
INSERT INTO "case_event" VALUES(186,32,3,'wangfang','clerk','decide','in_review','awaiting_signoff','2025-10-15','2026-12-06T03:06:44.507828+00:00','{"basis":"not_this_agency","outcome":"unavailable_not_held"}',0,'3ec2ccef2281ccb1a8c63124c8b829580a5ff2f9961df10870acb45eeb0bd226','c950109300b94890900b3003fe1286b75188b5f7220625ef938444095930e50d');
INSERT INTO "case_event" VALUES(187,32,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-10-17','2026-12-06T03:06:44.530082+00:00','{}',0,'c950109300b94890900b3003fe1286b75188b5f7220625ef938444095930e50d','ae5a810db877554d572521b730ceff08285f138efbeeee5a3de3f5e79b477fce');
INSERT INTO "case_event" VALUES(188,32,5,'wangfang','clerk','record_delivery','replied','replied','2025-10-20','2026-12-06T03:06:44.551641+00:00','{"method":"post"}',0,'ae5a810db877554d572521b730ceff08285f138efbeeee5a3de3f5e79b477fce','fe014f9d59b5f34ab3bf8dd046b9ad461a9f812bada8ecbde812c31438c078be');
INSERT INTO "case_event" VALUES(189,33,1,'liujun','clerk','register',NULL,'received','2025-10-21','2026-12-06T03:06:44.568337+00:00','{"address":"山东省临沂市罗庄区罗庄街道","agency":"LZYJ","applicant_name":"罗庄区顺达运输有限公司","applicant_type":"commercial_enterprise","channel":"online","confirmed":"2025-10-21","delivery":"post","form":"paper","phone":"138****0185","subject":"防汛抗旱应急预案","submitted":"2025-10-21"}',0,'0000000000000000000000000000000000000000000000000000000000000000','5790c82f391e7bc2e215e8b498b694c6efd9ef8203e19d95308206d105bec573');
INSERT INTO "case_event" VALUES(190,33,2,'wangfang','clerk','accept','received','in_review','2025-10-22','2026-12-06T03:06:44.588082+00:00','{}',0,'5790c82f391e7bc2e215e8b498b694c6efd9ef8203e19d95308206d105bec573','84e4f54a35c369b4e6902217eab8eda87490bdd30b670642fe11e4ca5272de81');
INSERT INTO "case_event" VALUES(191,34,1,'liujun','clerk','register',NULL,'received','2025-10-22','2026-12-06T03:06:44.591703+00:00','{"address":"山东省临沂市罗庄区罗庄街道","agency":"LZYJ","applicant_name":"吴伟","applicant_type":"natural_person","channel":"post_ordinary","confirmed":"2025-10-22","delivery":"post","form":"electronic","id_number":"3713**********0874","phone":"135****3768","subject":"2024年度辖区安全生产执法检查计划","submitted":"2025-10-20"}',0,'0000000000000000000000000000000000000000000000000000000000000000','2173a0799e50a7151a990e4b7b1f3a7e5e0d137fe3c2a282dba5df91ee58c723');
INSERT INTO "case_event" VALUES(192,34,2,'liujun','clerk','accept','received','in_review','2025-10-23','2026-12-06T03:06:44.612600+00:00','{}',0,'2173a0799e50a7151a990e4b7b1f3a7e5e0d137fe3c2a282dba5df91ee58c723','266f7baa89a259205be29f4cde13c6800a3fa847285c6dc3f4f2e186aef87d9d');
INSERT INTO "case_event" VALUES(193,35,1,'liujun','clerk','register',NULL,'received','2025-10-24','2026-12-06T03:06:44.644821+00:00','{"address":"山东省临沂市罗庄区高都街道","agency":"LZYJ","applicant_name":"周磊","applicant_type":"natural_person","channel":"online","confirmed":"2025-10-24","delivery":"email","form":"paper","id_number":"3713**********4101","phone":"131****6679","subject":"应急避难场所建设情况","submitted":"2025-10-24"}',0,'0000000000000000000000000000000000000000000000000000000000000000','3952767d1bfbfbdbad8329c915b4b41d492c529858ab1154fd674f0a396331d5');
INSERT INTO "case_event" VALUES(194,32,6,'wangfang','clerk','archive','replied','archived','2025-10-27','2026-12-06T03:06:44.663841+00:00','{"file_no":"2025-WS-0032"}',0,'fe014f9d59b5f34ab3bf8dd046b9ad461a9f812bada8ecbde812c31438c078be','ff860a635aea1e6699fc1fd13998ff566381d0347ee66cced9eaaa27582ce0e0');
INSERT INTO "case_event" VALUES(195,35,2,'wangfang','clerk','accept','received','in_review','2025-10-27','2026-12-06T03:06:44.664196+00:00','{}',0,'3952767d1bfbfbdbad8329c915b4b41d492c529858ab1154fd674f0a396331d5','5bfd6df6282e4f8260e4668702de78763a731ea0c1ffd91a149dd930e2fb84b3');
INSERT INTO "case_event" VALUES(196,36,1,'liujun','clerk','register',NULL,'received','2025-10-28','2026-12-06T03:06:44.682626+00:00','{"address":"山东省临沂市罗庄区高都街道","agency":"LZYJ","applicant_name":"何敏","applicant_type":"natural_person","channel":"oral","delivery":"email","form":"paper","id_number":"3713**********1709","phone":"132****9792","subject":"辖区危险化学品经营许可名单","submitted":"2025-10-28"}',0,'0000000000000000000000000000000000000000000000000000000000000000','ce6f713f7ee0a071265408df068eb051a7a446656b29c190226a5c0ddf283052');
INSERT INTO "case_event" VALUES(197,36,2,'wangfang','clerk','accept','received','in_review','2025-10-29','2026-12-06T03:06:44.703962+00:00','{}',0,'ce6f713f7ee0a071265408df068eb051a7a446656b29c190226a5c0ddf283052','fb7a2fe5780773c8a3a6fea88aa906a54fced6397e7d692b621bfaa43580477b');
INSERT INTO "case_event" VALUES(198,35,3,'wangfang','clerk','consult','in_review','consulting','2025-10-31','2026-12-06T03:06:44.726916+00:00','{"party_kind":"third_party","party_name":"临沂鑫源化工有限公司","received_by_party":"2025-10-31"}',0,'5bfd6df6282e4f8260e4668702de78763a731ea0c1ffd91a149dd930e2fb84b3','f3a91818bb0a646cbcf86994bc79542309680b31ba9350abcc12e05a94e2dfea');
INSERT INTO "case_event" VALUES(199,34,3,'liujun','clerk','decide','in_review','confidentiality_review','2025-11-04','2026-12-06T03:06:44.748237+00:00','{"basis":"provided","outcome":"disclosed"}',0,'266f7baa89a259205be29f4cde13c6800a3fa847285c6dc3f4f2e186aef87d9d','b170b5eaf17934e9f89d133e566dd95c67aebc1fcce5e9088b953ee58aac892d');
INSERT INTO "case_event" VALUES(200,34,4,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-11-05','2026-12-06T03:06:44.773764+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'b170b5eaf17934e9f89d133e566dd95c67aebc1fcce5e9088b953ee58aac892d','fadd84ef9cd18d9d32b65ba6061b7b1f253ef8646ddacc27c83ed7741bdf403a');
INSERT INTO "case_event" VALUES(201,34,5,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-11-06','2026-12-06T03:06:44.800310+00:00','{}',0,'fadd84ef9cd18d9d32b65ba6061b7b1f253ef8646ddacc27c83ed7741bdf403a','055ebd21005d3ad7509d08fdb6d79813d3be53718dd7e37f6cfc5004da0b2ef4');
INSERT INTO "case_event" VALUES(202,34,6,'liujun','clerk','record_delivery','replied','replied','2025-11-07','2026-12-06T03:06:44.833138+00:00','{"method":"post"}',0,'055ebd21005d3ad7509d08fdb6d79813d3be53718dd7e37f6cfc5004da0b2ef4','2e1bd100cfd757b5f18aa25d93552ada20cf5d4835f4667ef6167997d4919bf1');
INSERT INTO "case_event" VALUES(203,34,7,'liujun','clerk','archive','replied','archived','2025-11-14','2026-12-06T03:06:44.861568+00:00','{"file_no":"2025-WS-0034"}',0,'2e1bd100cfd757b5f18aa25d93552ada20cf5d4835f4667ef6167997d4919bf1','bf5431b922eed542a1de778e82e710d920be91ad669a4bd71be49a398ab86769');
INSERT INTO "case_event" VALUES(204,37,1,'liujun','clerk','register',NULL,'received','2025-11-14','2026-12-06T03:06:44.862171+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"林明","applicant_type":"natural_person","channel":"online","confirmed":"2025-11-14","delivery":"post","form":"electronic","id_number":"3713**********7467","phone":"133****5863","subject":"防汛抗旱应急预案","submitted":"2025-11-12"}',0,'0000000000000000000000000000000000000000000000000000000000000000','18dd6145be68fe281408349e491117c07e1d0df98b9e09a6204a58dd9cea713a');
INSERT INTO "case_event" VALUES(205,37,2,'wangfang','clerk','accept','received','in_review','2025-11-17','2026-12-06T03:06:44.894740+00:00','{}',0,'18dd6145be68fe281408349e491117c07e1d0df98b9e09a6204a58dd9cea713a','bc6b27d4c2677a6d5b2c5ea0dd2784146f59e0592d2cf61e56d75ff24a62459a');
INSERT INTO "case_event" VALUES(206,33,3,'wangfang','clerk','decide','in_review','awaiting_signoff','2025-11-19','2026-12-06T03:06:44.931754+00:00','{"basis":"not_exist","outcome":"unavailable_not_held"}',0,'84e4f54a35c369b4e6902217eab8eda87490bdd30b670642fe11e4ca5272de81','1bb6e86969185c85b65988c29591d2dfd9a1983deadba2a042bac73074aafeb9');
INSERT INTO "case_event" VALUES(207,36,3,'zhaomin','head','extend','in_review','in_review','2025-11-20','2026-12-06T03:06:44.955718+00:00','{"days":20,"reason":"需调取档案，无法按期答复"}',0,'fb7a2fe5780773c8a3a6fea88aa906a54fced6397e7d692b621bfaa43580477b','ed39fd27c0b66e27dca8bf220c429f01e2d9c9d825b7186978bf85e62fdccff8');
INSERT INTO "case_event" VALUES(208,33,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-11-24','2026-12-06T03:06:44.984069+00:00','{"late_reason":"涉及多个科室会签，签发延误"}',1,'1bb6e86969185c85b65988c29591d2dfd9a1983deadba2a042bac73074aafeb9','e3c67f90d52d94aa6c6eeb7765eedb33ce058027a815f1fbb80c09418f0309cb');
INSERT INTO "case_event" VALUES(209,35,4,'wangfang','clerk','lapse_consultation','consulting','in_review','2025-11-24','2026-12-06T03:06:44.988497+00:00','{"party_name":"临沂鑫源化工有限公司"}',0,'f3a91818bb0a646cbcf86994bc79542309680b31ba9350abcc12e05a94e2dfea','0d1cc51e3fa1c35bb8fc0bbec305f61c8c85913606e9ed5ae369f81085401700');
INSERT INTO "case_event" VALUES(210,33,5,'wangfang','clerk','record_delivery','replied','replied','2025-11-25','2026-12-06T03:06:45.008219+00:00','{"method":"post"}',0,'e3c67f90d52d94aa6c6eeb7765eedb33ce058027a815f1fbb80c09418f0309cb','051ef12171055ca8fe6b57a6628ab0bede6f892d54a91ba0c9c560ef3d6d384a');
INSERT INTO "case_event" VALUES(211,37,3,'wangfang','clerk','decide','in_review','awaiting_signoff','2025-11-28','2026-12-06T03:06:45.046089+00:00','{"basis":"not_exist","outcome":"unavailable_not_held"}',0,'bc6b27d4c2677a6d5b2c5ea0dd2784146f59e0592d2cf61e56d75ff24a62459a','259a1decbc2488e364ff1b4eebdcc1577846d70d6f7c45227adc4f2f805c527b');
INSERT INTO "case_event" VALUES(212,33,6,'wangfang','clerk','archive','replied','archived','2025-12-02','2026-12-06T03:06:45.073654+00:00','{"file_no":"2025-WS-0033"}',0,'051ef12171055ca8fe6b57a6628ab0bede6f892d54a91ba0c9c560ef3d6d384a','613676671cbd41840b273d196051cc90e176e0f714d443576f6a2cb0a18dcdd4');
INSERT INTO "case_event" VALUES(213,37,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-12-02','2026-12-06T03:06:45.074064+00:00','{}',0,'259a1decbc2488e364ff1b4eebdcc1577846d70d6f7c45227adc4f2f805c527b','888843cab35b0c3fab2b43050be68b77da8da17b04f4a0df5da97c30cca63c52');
INSERT INTO "case_event" VALUES(214,35,5,'wangfang','clerk','decide','in_review','confidentiality_review','2025-12-03','2026-12-06T03:06:45.095037+00:00','{"basis":"partial","outcome":"partially_disclosed","reasons":"其中涉及的企业负责人姓名、联系方式属于个人信息，已作遮盖处理。","withheld_ground":"withheld_third_party_rights"}',0,'0d1cc51e3fa1c35bb8fc0bbec305f61c8c85913606e9ed5ae369f81085401700','c68084c1f1e99caa8daf4794792e79b0932ee56138ec1fa3dbd596bcf9beb1c5');
INSERT INTO "case_event" VALUES(215,37,5,'wangfang','clerk','record_delivery','replied','replied','2025-12-03','2026-12-06T03:06:45.095290+00:00','{"method":"email"}',0,'888843cab35b0c3fab2b43050be68b77da8da17b04f4a0df5da97c30cca63c52','452380751829bd81cc5dd74963a1d000a0681a22464c7ba1828ffe7ee48d7897');
INSERT INTO "case_event" VALUES(216,35,6,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-12-04','2026-12-06T03:06:45.124164+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'c68084c1f1e99caa8daf4794792e79b0932ee56138ec1fa3dbd596bcf9beb1c5','ff47193d1bf14d32a6083877aada45ea2d45067d0e6b1ac27aae4346db0fd90d');
INSERT INTO "case_event" VALUES(217,35,7,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-12-05','2026-12-06T03:06:45.151114+00:00','{}',0,'ff47193d1bf14d32a6083877aada45ea2d45067d0e6b1ac27aae4346db0fd90d','724ebedcf842f8f989f13d22486b199906d278170d3272689f0fc58b76c23efd');
INSERT INTO "case_event" VALUES(218,35,8,'wangfang','clerk','record_delivery','replied','replied','2025-12-08','2026-12-06T03:06:45.178541+00:00','{"method":"email"}',0,'724ebedcf842f8f989f13d22486b199906d278170d3272689f0fc58b76c23efd','06bbc6a22905280e55cddf3baf644e4fc4b2a13562cae95b5e8fe3cc429dd4ea');
INSERT INTO "case_event" VALUES(219,36,4,'wangfang','clerk','decide','in_review','confidentiality_review','2025-12-08','2026-12-06T03:06:45.178902+00:00','{"basis":"provided","outcome":"disclosed"}',0,'ed39fd27c0b66e27dca8bf220c429f01e2d9c9d825b7186978bf85e62fdccff8','b964f6801b08932f7f9628ce5ed27ea91b3ef8ebc105191fc7fa0800202a3c30');
INSERT INTO "case_event" VALUES(220,38,1,'liujun','clerk','register',NULL,'received','2025-12-08','2026-12-06T03:06:45.179401+00:00','{"address":"山东省临沂市罗庄区罗庄街道","agency":"LZYJ","applicant_name":"赵超","applicant_type":"natural_person","channel":"online","confirmed":"2025-12-08","delivery":"post","form":"paper","id_number":"3713**********2163","phone":"132****8214","subject":"本局2025年部门预算及三公经费","submitted":"2025-12-06"}',0,'0000000000000000000000000000000000000000000000000000000000000000','e5da1d396ff99d6917b5f0ede2194914f8b0c3fe8eb12b32c9e09036564759e5');
INSERT INTO "case_event" VALUES(221,36,5,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2025-12-09','2026-12-06T03:06:45.206648+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'b964f6801b08932f7f9628ce5ed27ea91b3ef8ebc105191fc7fa0800202a3c30','850c6b4038c7b93624ee29ac71d01647ca581e05ce803ad1610dc57793257652');
INSERT INTO "case_event" VALUES(222,38,2,'wangfang','clerk','accept','received','in_review','2025-12-09','2026-12-06T03:06:45.206978+00:00','{}',0,'e5da1d396ff99d6917b5f0ede2194914f8b0c3fe8eb12b32c9e09036564759e5','8bbb807e8b3ef08a3caab5e6710ace2c6354a98fc36357bf50062a0c26ad083b');
INSERT INTO "case_event" VALUES(223,36,6,'zhaomin','head','sign_off','awaiting_signoff','replied','2025-12-10','2026-12-06T03:06:45.240489+00:00','{}',0,'850c6b4038c7b93624ee29ac71d01647ca581e05ce803ad1610dc57793257652','e9b612033d2c121ceaeb278ebf6779866b77c23f3425d7332aeae26d665e54d8');
INSERT INTO "case_event" VALUES(224,37,6,'wangfang','clerk','archive','replied','archived','2025-12-10','2026-12-06T03:06:45.245153+00:00','{"file_no":"2025-WS-0037"}',0,'452380751829bd81cc5dd74963a1d000a0681a22464c7ba1828ffe7ee48d7897','f8cfe277e63aaa396734e337b2b8c163b48ff3c3766f182b42b1417a968e5494');
INSERT INTO "case_event" VALUES(225,38,3,'wangfang','clerk','consult','in_review','consulting','2025-12-10','2026-12-06T03:06:45.245446+00:00','{"party_kind":"third_party","party_name":"临沂鑫源化工有限公司","received_by_party":"2025-12-10"}',0,'8bbb807e8b3ef08a3caab5e6710ace2c6354a98fc36357bf50062a0c26ad083b','569f2e067260a2366e8a24567251aeeb01043b70253c5acf1beb1e05e1362e33');
INSERT INTO "case_event" VALUES(226,36,7,'wangfang','clerk','record_delivery','replied','replied','2025-12-11','2026-12-06T03:06:45.274909+00:00','{"method":"email"}',0,'e9b612033d2c121ceaeb278ebf6779866b77c23f3425d7332aeae26d665e54d8','f6459e48f44a6e8cd5aa44e45f761e44d4c463f323526eda83605fd1593b6556');
INSERT INTO "case_event" VALUES(227,36,8,'wangfang','clerk','archive','replied','archived','2025-12-18','2026-12-06T03:06:45.299698+00:00','{"file_no":"2025-WS-0036"}',0,'f6459e48f44a6e8cd5aa44e45f761e44d4c463f323526eda83605fd1593b6556','9c27e383a49ac54adeba400fa5b56187708e7a96f3bdfeccef49bac3d3821bd3');
INSERT INTO "case_event" VALUES(228,39,1,'liujun','clerk','register',NULL,'received','2025-12-22','2026-12-06T03:06:45.333165+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"刘磊","applicant_type":"natural_person","channel":"post_signed","delivery":"email","form":"paper","id_number":"3713**********9920","phone":"136****4376","signed_for":"2025-12-22","subject":"2024年度辖区安全生产执法检查计划","submitted":"2025-12-22"}',0,'0000000000000000000000000000000000000000000000000000000000000000','b1908be2ff4dcb127a331cabe5476f9fbb5c13e0d276d6e4103f33c92b1f60bb');
INSERT INTO "case_event" VALUES(229,39,2,'wangfang','clerk','accept','received','in_review','2025-12-23','2026-12-06T03:06:45.358846+00:00','{}',0,'b1908be2ff4dcb127a331cabe5476f9fbb5c13e0d276d6e4103f33c92b1f60bb','dcd2df4715fa3aee784661beb80d2e70a7e804b022dceaed9ea8a7f17b9cefa0');
INSERT INTO "case_event" VALUES(230,40,1,'liujun','clerk','register',NULL,'received','2025-12-24','2026-12-06T03:06:45.393033+00:00','{"address":"山东省临沂市罗庄区罗庄街道","agency":"LZYJ","applicant_name":"周超","applicant_type":"natural_person","channel":"online","confirmed":"2025-12-24","delivery":"email","form":"electronic","id_number":"3713**********3384","phone":"137****3686","subject":"辖区危险化学品经营许可名单","submitted":"2025-12-22"}',0,'0000000000000000000000000000000000000000000000000000000000000000','397aa63b8a2b9b02f083af05afd236f4abed62633081cc733c9965437f8a49d2');
INSERT INTO "case_event" VALUES(231,40,2,'wangfang','clerk','accept','received','in_review','2025-12-25','2026-12-06T03:06:45.428012+00:00','{}',0,'397aa63b8a2b9b02f083af05afd236f4abed62633081cc733c9965437f8a49d2','ba7ddaf693577847e8d3c791cf92fcca7333272f2b21ae3aa599aee07554704e');
INSERT INTO "case_event" VALUES(232,38,4,'wangfang','clerk','record_opinion','consulting','in_review','2025-12-29','2026-12-06T03:06:45.458024+00:00','{"opinion":"object","party_name":"临沂鑫源化工有限公司"}',0,'569f2e067260a2366e8a24567251aeeb01043b70253c5acf1beb1e05e1362e33','51d2aafcbc37dd580ac2992ddfe3bf4ec641c9056f2e86b4864a38f3740a9af0');
INSERT INTO "case_event" VALUES(233,40,3,'wangfang','clerk','withdraw','in_review','closed','2025-12-30','2026-12-06T03:06:45.484468+00:00','{"how":"申请人书面撤回"}',0,'ba7ddaf693577847e8d3c791cf92fcca7333272f2b21ae3aa599aee07554704e','f05c8d21df3d7744e50f1c10407c283e010c0bc76c04a509193024d2980b3ab1');
INSERT INTO "case_event" VALUES(234,39,3,'wangfang','clerk','decide','in_review','awaiting_signoff','2026-01-06','2026-12-06T03:06:45.514198+00:00','{"basis":"petition","outcome":"declined_petition"}',0,'dcd2df4715fa3aee784661beb80d2e70a7e804b022dceaed9ea8a7f17b9cefa0','7a9a19c29a68a45da583325bad21414a99f756b0e909d66a35d072da661cbe42');
INSERT INTO "case_event" VALUES(235,39,4,'zhaomin','head','sign_off','awaiting_signoff','replied','2026-01-08','2026-12-06T03:06:45.549724+00:00','{}',0,'7a9a19c29a68a45da583325bad21414a99f756b0e909d66a35d072da661cbe42','c284342db5dcd07f287b8bbb29b21b74ad7bab37162aba84b320cbf40e88ece0');
INSERT INTO "case_event" VALUES(236,39,5,'wangfang','clerk','record_delivery','replied','replied','2026-01-09','2026-12-06T03:06:45.566818+00:00','{"method":"post"}',0,'c284342db5dcd07f287b8bbb29b21b74ad7bab37162aba84b320cbf40e88ece0','23397cad6aa3ab58dbba997d5c0bc9337ee3a27952fdba8a2a12d60a79ab720c');
INSERT INTO "case_event" VALUES(237,38,5,'wangfang','clerk','decide','in_review','confidentiality_review','2026-01-14','2026-12-06T03:06:45.579578+00:00','{"basis":"provided","outcome":"disclosed"}',0,'51d2aafcbc37dd580ac2992ddfe3bf4ec641c9056f2e86b4864a38f3740a9af0','d6ba32be19f59b1472428f9978927dc723c8f700d61cb6c922d2ca742235160a');
INSERT INTO "case_event" VALUES(238,38,6,'lijing','reviewer','clear_review','confidentiality_review','awaiting_signoff','2026-01-15','2026-12-06T03:06:45.592883+00:00','{"opinion":"经审查，不涉及国家秘密"}',0,'d6ba32be19f59b1472428f9978927dc723c8f700d61cb6c922d2ca742235160a','fb79141ead8f99b7621093008f98b13b61b84fd90ba500a700ecaff876ecfc10');
INSERT INTO "case_event" VALUES(239,38,7,'zhaomin','head','sign_off','awaiting_signoff','replied','2026-01-16','2026-12-06T03:06:45.605761+00:00','{}',0,'fb79141ead8f99b7621093008f98b13b61b84fd90ba500a700ecaff876ecfc10','134ae7e00aaf2b4e8e9a095c4accf1c3267841b30bc0f4225e544a671cd884b9');
INSERT INTO "case_event" VALUES(240,38,8,'wangfang','clerk','record_delivery','replied','replied','2026-01-19','2026-12-06T03:06:45.621652+00:00','{"method":"email"}',0,'134ae7e00aaf2b4e8e9a095c4accf1c3267841b30bc0f4225e544a671cd884b9','e18126cf77ed809cdac58e0fc3161f56b59a8d2b97a79a563bd2bb7120684917');
INSERT INTO "case_event" VALUES(241,38,9,'wangfang','clerk','archive','replied','archived','2026-01-26','2026-12-06T03:06:45.637042+00:00','{"file_no":"2025-WS-0038"}',0,'e18126cf77ed809cdac58e0fc3161f56b59a8d2b97a79a563bd2bb7120684917','118174c0c357c58665c17f4671f1be19dad240f96689fb5b060cc4a4adc97673');
INSERT INTO "case_event" VALUES(242,41,1,'liujun','clerk','register',NULL,'received','2026-12-02','2026-12-06T03:06:45.637702+00:00','{"address":"山东省临沂市罗庄区罗庄街道","agency":"LZYJ","applicant_name":"徐军","applicant_type":"natural_person","channel":"post_ordinary","confirmed":"2026-12-02","delivery":"email","form":"paper","id_number":"3713**********1908","phone":"138****7821","subject":"本局2025年部门预算及三公经费","submitted":"2026-12-02"}',0,'0000000000000000000000000000000000000000000000000000000000000000','070037a18aa0ee52c02c84b4a183a20d3f2d455a8e48c394f0ccf70e72409b4d');
INSERT INTO "case_event" VALUES(243,41,2,'wangfang','clerk','accept','received','in_review','2026-12-03','2026-12-06T03:06:45.638210+00:00','{}',0,'070037a18aa0ee52c02c84b4a183a20d3f2d455a8e48c394f0ccf70e72409b4d','4a622166fc02f3ccc518942958c8ebbb1ef04f82d1e86099e8722e5be9d40b20');
INSERT INTO "case_event" VALUES(244,42,1,'liujun','clerk','register',NULL,'received','2026-11-27','2026-12-06T03:06:45.638652+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"刘杰","applicant_type":"natural_person","channel":"online","confirmed":"2026-11-27","delivery":"email","form":"paper","id_number":"3713**********1379","phone":"134****9192","subject":"2024年度辖区安全生产执法检查计划","submitted":"2026-11-26"}',0,'0000000000000000000000000000000000000000000000000000000000000000','fb7ba445eb616bca16e680e04743558e692555837931a841601eb183befcca19');
INSERT INTO "case_event" VALUES(245,43,1,'liujun','clerk','register',NULL,'received','2026-11-24','2026-12-06T03:06:45.639164+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"张伟","applicant_type":"natural_person","channel":"online","confirmed":"2026-11-24","delivery":"email","form":"paper","id_number":"3713**********0297","phone":"132****3904","subject":"辖区危险化学品经营许可名单","submitted":"2026-11-23"}',0,'0000000000000000000000000000000000000000000000000000000000000000','e96746b78478b66aba6b2a58222b5a890c02c0337c73cf290073a472588dd37c');
INSERT INTO "case_event" VALUES(246,43,2,'wangfang','clerk','accept','received','in_review','2026-11-25','2026-12-06T03:06:45.639514+00:00','{}',0,'e96746b78478b66aba6b2a58222b5a890c02c0337c73cf290073a472588dd37c','885bd534401d95f94624acc487d4e8a2cb763167955eb9b04e21b01b897249b9');
INSERT INTO "case_event" VALUES(247,44,1,'liujun','clerk','register',NULL,'received','2026-11-19','2026-12-06T03:06:45.639864+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"徐芳","applicant_type":"natural_person","channel":"online","confirmed":"2026-11-19","delivery":"post","form":"paper","id_number":"3713**********5132","phone":"138****5568","subject":"某建设项目安全设施竣工验收意见","submitted":"2026-11-18"}',0,'0000000000000000000000000000000000000000000000000000000000000000','4ed1ed9bae8ce71b2bc84a030758f6914be90b5263f706b80488a87093f948a0');
INSERT INTO "case_event" VALUES(248,45,1,'liujun','clerk','register',NULL,'received','2026-11-16','2026-12-06T03:06:45.640265+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"马伟","applicant_type":"natural_person","channel":"post_signed","delivery":"post","form":"electronic","id_number":"3713**********0496","phone":"138****5384","signed_for":"2026-11-16","subject":"某建设项目安全设施竣工验收意见","submitted":"2026-11-14"}',0,'0000000000000000000000000000000000000000000000000000000000000000','31b3dd1807c28bd56fe9038d150c717e08440e86c8f5c9c789682598dc9d867a');
INSERT INTO "case_event" VALUES(249,45,2,'liujun','clerk','accept','received','in_review','2026-11-17','2026-12-06T03:06:45.640709+00:00','{}',0,'31b3dd1807c28bd56fe9038d150c717e08440e86c8f5c9c789682598dc9d867a','8fbacdef46503eb3c4b80f143766e5aefa5ff8b5d81ee6fba13cea3dbea97967');
INSERT INTO "case_event" VALUES(250,46,1,'liujun','clerk','register',NULL,'received','2026-11-11','2026-12-06T03:06:45.645830+00:00','{"address":"山东省临沂市罗庄区盛庄街道","agency":"LZYJ","applicant_name":"山东罗庄建材有限公司","applicant_type":"commercial_enterprise","channel":"online","confirmed":"2026-11-11","delivery":"email","form":"paper","phone":"139****3650","subject":"某化工企业安全评价报告及备案情况","submitted":"2026-11-09"}',0,'0000000000000000000000000000000000000000000000000000000000000000','bb711206110cf606be1f676422fe5eba20772606c1d5198c96f1eea26831fac1');
INSERT INTO "case_event" VALUES(251,47,1,'liujun','clerk','register',NULL,'received','2026-11-06','2026-12-06T03:06:45.646670+00:00','{"address":"山东省临沂市罗庄区高都街道","agency":"LZYJ","applicant_name":"高涛","applicant_type":"natural_person","channel":"online","confirmed":"2026-11-06","delivery":"email","form":"electronic","id_number":"3713**********1217","phone":"139****3464","subject":"某企业行政处罚决定书","submitted":"2026-11-06"}',0,'0000000000000000000000000000000000000000000000000000000000000000','21c5cdaac46dc67bb865846a3cdaaee29560b13f3b9a79f73632103adaf27707');
INSERT INTO "case_event" VALUES(252,47,2,'wangfang','clerk','accept','received','in_review','2026-11-09','2026-12-06T03:06:45.647001+00:00','{}',0,'21c5cdaac46dc67bb865846a3cdaaee29560b13f3b9a79f73632103adaf27707','f1beab7817066cfee148b4b94912fddf0532601e6a70dcc7b8b789663aa7210b');
INSERT INTO "case_event" VALUES(253,48,1,'liujun','clerk','register',NULL,'received','2026-11-03','2026-12-06T03:06:45.647336+00:00','{"address":"山东省临沂市罗庄区傅庄街道","agency":"LZYJ","applicant_name":"何强","applicant_type":"natural_person","channel":"online","confirmed":"2026-11-03","delivery":"post","form":"paper","id_number":"3713**********6171","phone":"135****4845","subject":"本局2025年部门预算及三公经费","submitted":"2026-11-01"}',0,'0000000000000000000000000000000000000000000000000000000000000000','7c0999f15dbe3a413a55cb9745cb283b07f8cd406a8c628988dc7c8181e0351e');
INSERT INTO "case_event" VALUES(254,2,7,'liujun','clerk','record_proceeding','archived','archived','2025-02-21','2026-12-06T03:06:45.650149+00:00','{"body":"临沂市罗庄区人民政府","filed":"2025-02-21","kind":"reconsideration"}',0,'be2dc214d0f91f4003ec7e5110ffc4829b379ea5f7fca7b1428e59a85d3864b5','2f1a198b0df6b43f31923125302596fb9cfe201df756559fb14ad42602bebb01');
INSERT INTO "case_event" VALUES(255,2,8,'liujun','clerk','decide_proceeding','archived','archived','2025-04-07','2026-12-06T03:06:45.651803+00:00','{"proceeding":1,"result":"upheld"}',0,'2f1a198b0df6b43f31923125302596fb9cfe201df756559fb14ad42602bebb01','1456706bfee74ea0bd29051b75e9ab4762ad785568bfce922aa123051402c267');
INSERT INTO "case_event" VALUES(256,5,7,'liujun','clerk','record_proceeding','archived','archived','2025-03-05','2026-12-06T03:06:45.652251+00:00','{"body":"临沂市罗庄区人民政府","filed":"2025-03-05","kind":"reconsideration"}',0,'f26e8dccf216689bbc49f6d97656856bee3b53c4866db876ace84ca35e767fe2','0112cf67460e8d4db3ba0621834fcf6942949c5ea4b84f538de23ff2dfe05294');
INSERT INTO "case_event" VALUES(257,6,7,'liujun','clerk','record_proceeding','archived','archived','2025-03-19','2026-12-06T03:06:45.652646+00:00','{"body":"临沂市罗庄区人民法院","filed":"2025-03-19","kind":"litigation_direct"}',0,'8745d7399195ac1af805654234edbc6d8aa75e1fc90e02e8fd60d227f643ee7d','2d81206194bfe88513a43aac2dc16807951a36d0a7b8eb383912e7d708af1d8b');
INSERT INTO "case_event" VALUES(258,6,8,'liujun','clerk','decide_proceeding','archived','archived','2025-04-30','2026-12-06T03:06:45.652978+00:00','{"proceeding":3,"result":"upheld"}',0,'2d81206194bfe88513a43aac2dc16807951a36d0a7b8eb383912e7d708af1d8b','1d4b17cd1148ad267faaec30063d659624a01405a8a1eb51a56a5f0f6c6ba23d');
CREATE TABLE clock (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	party VARCHAR(200) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	started_on DATE, 
	due_on DATE, 
	target_on DATE, 
	ended_on DATE, 
	provisional BOOLEAN NOT NULL, 
	breached BOOLEAN NOT NULL, 
	spec JSON NOT NULL, 
	CONSTRAINT pk_clock PRIMARY KEY (id), 
	CONSTRAINT fk_clock_case_id_disclosure_case FOREIGN KEY(case_id) REFERENCES disclosure_case (id), 
	CONSTRAINT uq_clock_case_id_kind_party UNIQUE (case_id, kind, party)
);
INSERT INTO "clock" VALUES(1,1,'reply','','ended','2025-01-02','2025-02-06','2025-02-05','2025-01-07',0,0,'{"start": "2025-01-02", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(2,1,'correction_notice','','ended','2025-01-02','2025-01-13','2025-01-10','2025-01-03',0,0,'{"start": "2025-01-02", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(3,2,'reply','','met','2025-01-10','2025-02-13','2025-02-12','2025-01-24',0,0,'{"start": "2025-01-10", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(4,2,'correction_notice','','ended','2025-01-10','2025-01-21','2025-01-20','2025-01-13',0,0,'{"start": "2025-01-10", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(5,3,'reply','','met','2025-01-13','2025-02-24','2025-02-21','2025-02-20',0,0,'{"start": "2025-01-13", "length": 20, "pauses": [["2025-01-17", "2025-01-26"]], "open_pause": null}');
INSERT INTO "clock" VALUES(6,3,'correction_notice','','ended','2025-01-13','2025-01-22','2025-01-21','2025-01-14',0,0,'{"start": "2025-01-13", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(7,3,'consultation','临沂华兴物流有限公司','met','2025-01-17','2025-02-13','2025-02-12','2025-01-26',0,0,'{"start": "2025-01-17", "length": 15, "pauses": [], "open_pause": null, "party_kind": "third_party"}');
INSERT INTO "clock" VALUES(8,4,'reply','','met','2025-01-17','2025-02-20','2025-02-19','2025-02-17',0,0,'{"start": "2025-01-17", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(9,4,'correction_notice','','ended','2025-01-17','2025-01-27','2025-01-26','2025-01-20',0,0,'{"start": "2025-01-17", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(10,5,'reply','','met','2025-01-20','2025-02-21','2025-02-20','2025-02-11',0,0,'{"start": "2025-01-20", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(11,5,'correction_notice','','ended','2025-01-20','2025-02-05','2025-01-27','2025-01-21',0,0,'{"start": "2025-01-20", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(12,6,'reply','','met','2025-01-24','2025-02-27','2025-02-26','2025-02-25',0,0,'{"start": "2025-01-24", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(13,6,'correction_notice','','ended','2025-01-24','2025-02-10','2025-02-08','2025-01-26',0,0,'{"start": "2025-01-24", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(14,7,'reply','','met','2025-01-26','2025-02-28','2025-02-27','2025-02-19',0,0,'{"start": "2025-01-26", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(15,7,'correction_notice','','ended','2025-01-26','2025-02-11','2025-02-10','2025-01-27',0,0,'{"start": "2025-01-26", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(16,8,'reply','','met','2025-02-07','2025-03-06','2025-03-05','2025-02-26',0,0,'{"start": "2025-02-07", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(17,8,'correction_notice','','ended','2025-02-07','2025-02-17','2025-02-14','2025-02-08',0,0,'{"start": "2025-02-07", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(18,9,'reply','','ended','2025-02-12','2025-03-12','2025-03-11','2025-02-14',0,0,'{"start": "2025-02-12", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(19,9,'correction_notice','','ended','2025-02-12','2025-02-21','2025-02-20','2025-02-13',0,0,'{"start": "2025-02-12", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(20,10,'reply','','met','2025-02-12','2025-03-12','2025-03-11','2025-03-10',0,0,'{"start": "2025-02-12", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(21,10,'correction_notice','','ended','2025-02-12','2025-02-21','2025-02-20','2025-02-13',0,0,'{"start": "2025-02-12", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(22,11,'reply','','ended','2025-02-19','2025-03-19','2025-03-18','2025-02-27',0,0,'{"start": "2025-02-19", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(23,11,'correction_notice','','ended','2025-02-19','2025-02-28','2025-02-27','2025-02-20',0,0,'{"start": "2025-02-19", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(24,12,'reply','','met','2025-03-11','2025-04-09','2025-04-08','2025-03-28',0,0,'{"start": "2025-03-11", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(25,12,'correction_notice','','ended','2025-03-11','2025-03-20','2025-03-19','2025-03-12',0,0,'{"start": "2025-03-11", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(26,13,'reply','','ended','2025-03-17',NULL,NULL,'2025-04-07',0,0,'{"start": "2025-03-17", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(27,13,'correction_notice','','met','2025-03-17','2025-03-26','2025-03-25','2025-03-20',0,0,'{"start": "2025-03-17", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(28,14,'reply','','ended','2025-03-18',NULL,NULL,'2025-04-09',0,0,'{"start": "2025-03-18", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(29,14,'correction_notice','','met','2025-03-18','2025-03-27','2025-03-26','2025-03-24',0,0,'{"start": "2025-03-18", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(30,13,'correction_period','','lapsed','2025-03-20','2025-04-03','2025-04-02','2025-04-07',0,0,'{"start": "2025-03-20", "length": null, "pauses": [], "open_pause": null, "fixed_due": "2025-04-03"}');
INSERT INTO "clock" VALUES(31,14,'correction_period','','lapsed','2025-03-24','2025-04-08','2025-04-07','2025-04-09',0,0,'{"start": "2025-03-24", "length": null, "pauses": [], "open_pause": null, "fixed_due": "2025-04-08"}');
INSERT INTO "clock" VALUES(32,15,'reply','','met','2025-03-25','2025-04-23','2025-04-22','2025-04-21',0,0,'{"start": "2025-03-25", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(33,15,'correction_notice','','ended','2025-03-25','2025-04-03','2025-04-02','2025-03-26',0,0,'{"start": "2025-03-25", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(34,16,'reply','','met','2025-03-31','2025-04-28','2025-04-27','2025-04-22',0,0,'{"start": "2025-03-31", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(35,16,'correction_notice','','ended','2025-03-31','2025-04-10','2025-04-09','2025-04-01',0,0,'{"start": "2025-03-31", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(36,17,'reply','','met','2025-04-01','2025-04-29','2025-04-28','2025-04-25',0,0,'{"start": "2025-04-01", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(37,17,'correction_notice','','ended','2025-04-01','2025-04-11','2025-04-10','2025-04-02',0,0,'{"start": "2025-04-01", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(38,18,'reply','','met','2025-05-26','2025-06-24','2025-06-23','2025-06-10',0,0,'{"start": "2025-05-26", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(39,18,'correction_notice','','ended','2025-05-26','2025-06-05','2025-06-04','2025-05-27',0,0,'{"start": "2025-05-26", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(40,19,'reply','','met','2025-05-27','2025-06-25','2025-06-24','2025-06-16',0,0,'{"start": "2025-05-27", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(41,19,'correction_notice','','ended','2025-05-27','2025-06-06','2025-06-05','2025-05-28',0,0,'{"start": "2025-05-27", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(42,20,'reply','','met','2025-05-27','2025-07-10','2025-07-09','2025-07-03',0,0,'{"start": "2025-05-27", "length": 20, "pauses": [["2025-05-30", "2025-06-17"]], "open_pause": null}');
INSERT INTO "clock" VALUES(43,20,'correction_notice','','ended','2025-05-27','2025-06-06','2025-06-05','2025-05-28',0,0,'{"start": "2025-05-27", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(44,21,'reply','','met','2025-05-28','2025-06-26','2025-06-25','2025-06-18',0,0,'{"start": "2025-05-28", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(45,21,'correction_notice','','ended','2025-05-28','2025-06-09','2025-06-06','2025-05-29',0,0,'{"start": "2025-05-28", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(46,20,'consultation','临沂鑫源化工有限公司','met','2025-05-30','2025-06-23','2025-06-20','2025-06-17',0,0,'{"start": "2025-05-30", "length": 15, "pauses": [], "open_pause": null, "party_kind": "third_party"}');
INSERT INTO "clock" VALUES(47,22,'reply','','ended','2025-06-05','2025-07-03','2025-07-02','2025-06-10',0,0,'{"start": "2025-06-05", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(48,22,'correction_notice','','ended','2025-06-05','2025-06-16','2025-06-13','2025-06-06',0,0,'{"start": "2025-06-05", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(49,23,'reply','','met','2025-06-10','2025-08-08','2025-08-07','2025-07-31',0,0,'{"start": "2025-06-10", "length": 20, "pauses": [["2025-06-16", "2025-07-03"]], "open_pause": null, "extension": {"days": 10, "approved_by": "zhaomin", "on": "2025-07-22", "reason": "需调取档案，无法按期答复"}}');
INSERT INTO "clock" VALUES(50,23,'correction_notice','','ended','2025-06-10','2025-06-19','2025-06-18','2025-06-11',0,0,'{"start": "2025-06-10", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(51,23,'consultation','罗庄区顺达运输有限公司','met','2025-06-16','2025-07-07','2025-07-04','2025-07-03',0,0,'{"start": "2025-06-16", "length": 15, "pauses": [], "open_pause": null, "party_kind": "third_party"}');
INSERT INTO "clock" VALUES(52,24,'reply','','met','2025-07-03','2025-07-31','2025-07-30','2025-07-17',0,0,'{"start": "2025-07-03", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(53,24,'correction_notice','','ended','2025-07-03','2025-07-14','2025-07-11','2025-07-04',0,0,'{"start": "2025-07-03", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(54,25,'reply','','ended','2025-07-15',NULL,NULL,'2025-08-05',0,0,'{"start": "2025-07-15", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(55,25,'correction_notice','','met','2025-07-15','2025-07-24','2025-07-23','2025-07-21',0,0,'{"start": "2025-07-15", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(56,25,'correction_period','','lapsed','2025-07-21','2025-08-04','2025-08-01','2025-08-05',0,0,'{"start": "2025-07-21", "length": null, "pauses": [], "open_pause": null, "fixed_due": "2025-08-04"}');
INSERT INTO "clock" VALUES(57,26,'reply','','met','2025-07-22','2025-08-19','2025-08-18','2025-08-13',0,0,'{"start": "2025-07-22", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(58,26,'correction_notice','','ended','2025-07-22','2025-07-31','2025-07-30','2025-07-23',0,0,'{"start": "2025-07-22", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(59,27,'reply','','met','2025-07-30','2025-08-27','2025-08-26','2025-08-19',0,0,'{"start": "2025-07-30", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(60,27,'correction_notice','','ended','2025-07-30','2025-08-08','2025-08-07','2025-07-31',0,0,'{"start": "2025-07-30", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(61,28,'reply','','met','2025-07-31','2025-08-28','2025-08-27','2025-08-25',0,0,'{"start": "2025-07-31", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(62,28,'correction_notice','','ended','2025-07-31','2025-08-11','2025-08-08','2025-08-01',0,0,'{"start": "2025-07-31", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(63,29,'reply','','met','2025-08-05','2025-09-02','2025-09-01','2025-08-20',0,0,'{"start": "2025-08-05", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(64,29,'correction_notice','','ended','2025-08-05','2025-08-14','2025-08-13','2025-08-06',0,0,'{"start": "2025-08-05", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(65,30,'reply','','met','2025-08-20','2025-09-24','2025-09-23','2025-09-17',0,0,'{"start": "2025-08-20", "length": 20, "pauses": [["2025-08-26", "2025-09-02"]], "open_pause": null}');
INSERT INTO "clock" VALUES(66,30,'correction_notice','','ended','2025-08-20','2025-08-29','2025-08-28','2025-08-21',0,0,'{"start": "2025-08-20", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(67,30,'consultation','临沂华兴物流有限公司','met','2025-08-26','2025-09-16','2025-09-15','2025-09-02',0,0,'{"start": "2025-08-26", "length": 15, "pauses": [], "open_pause": null, "party_kind": "third_party"}');
INSERT INTO "clock" VALUES(68,31,'reply','','met','2025-09-02','2025-09-29','2025-09-28','2025-09-18',0,0,'{"start": "2025-09-02", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(69,31,'correction_notice','','ended','2025-09-02','2025-09-11','2025-09-10','2025-09-03',0,0,'{"start": "2025-09-02", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(70,32,'reply','','met','2025-09-24','2025-10-28','2025-10-27','2025-10-17',0,0,'{"start": "2025-09-24", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(71,32,'correction_notice','','ended','2025-09-24','2025-10-10','2025-10-09','2025-09-25',0,0,'{"start": "2025-09-24", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(72,33,'reply','','met','2025-10-21','2025-11-18','2025-11-17','2025-11-24',0,1,'{"start": "2025-10-21", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(73,33,'correction_notice','','ended','2025-10-21','2025-10-30','2025-10-29','2025-10-22',0,0,'{"start": "2025-10-21", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(74,34,'reply','','met','2025-10-22','2025-11-19','2025-11-18','2025-11-06',0,0,'{"start": "2025-10-22", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(75,34,'correction_notice','','ended','2025-10-22','2025-10-31','2025-10-30','2025-10-23',0,0,'{"start": "2025-10-22", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(76,35,'reply','','met','2025-10-24','2025-12-12','2025-12-11','2025-12-05',0,0,'{"start": "2025-10-24", "length": 20, "pauses": [["2025-10-31", "2025-11-21"]], "open_pause": null}');
INSERT INTO "clock" VALUES(77,35,'correction_notice','','ended','2025-10-24','2025-11-04','2025-11-03','2025-10-27',0,0,'{"start": "2025-10-24", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(78,36,'reply','','met','2025-10-28','2025-12-23','2025-12-22','2025-12-10',0,0,'{"start": "2025-10-28", "length": 20, "pauses": [], "open_pause": null, "extension": {"days": 20, "approved_by": "zhaomin", "on": "2025-11-20", "reason": "需调取档案，无法按期答复"}}');
INSERT INTO "clock" VALUES(79,36,'correction_notice','','ended','2025-10-28','2025-11-06','2025-11-05','2025-10-29',0,0,'{"start": "2025-10-28", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(80,35,'consultation','临沂鑫源化工有限公司','lapsed','2025-10-31','2025-11-21','2025-11-20','2025-11-24',0,0,'{"start": "2025-10-31", "length": 15, "pauses": [], "open_pause": null, "party_kind": "third_party"}');
INSERT INTO "clock" VALUES(81,37,'reply','','met','2025-11-14','2025-12-12','2025-12-11','2025-12-02',0,0,'{"start": "2025-11-14", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(82,37,'correction_notice','','ended','2025-11-14','2025-11-25','2025-11-24','2025-11-17',0,0,'{"start": "2025-11-14", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(83,38,'reply','','met','2025-12-08','2026-01-23','2026-01-22','2026-01-16',0,0,'{"start": "2025-12-08", "length": 20, "pauses": [["2025-12-10", "2025-12-29"]], "open_pause": null}');
INSERT INTO "clock" VALUES(84,38,'correction_notice','','ended','2025-12-08','2025-12-17','2025-12-16','2025-12-09',0,0,'{"start": "2025-12-08", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(85,38,'consultation','临沂鑫源化工有限公司','met','2025-12-10','2025-12-31','2025-12-30','2025-12-29',0,0,'{"start": "2025-12-10", "length": 15, "pauses": [], "open_pause": null, "party_kind": "third_party"}');
INSERT INTO "clock" VALUES(86,39,'reply','','met','2025-12-22','2026-01-20','2026-01-19','2026-01-08',0,0,'{"start": "2025-12-22", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(87,39,'correction_notice','','ended','2025-12-22','2025-12-31','2025-12-30','2025-12-23',0,0,'{"start": "2025-12-22", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(88,40,'reply','','ended','2025-12-24','2026-01-22','2026-01-21','2025-12-30',0,0,'{"start": "2025-12-24", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(89,40,'correction_notice','','ended','2025-12-24','2026-01-05','2026-01-04','2025-12-25',0,0,'{"start": "2025-12-24", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(90,41,'reply','','running','2026-12-02','2026-12-30','2026-12-29',NULL,0,0,'{"start": "2026-12-02", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(91,41,'correction_notice','','ended','2026-12-02','2026-12-11','2026-12-10','2026-12-03',0,0,'{"start": "2026-12-02", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(92,42,'reply','','running','2026-11-27','2026-12-25','2026-12-24',NULL,0,0,'{"start": "2026-11-27", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(93,42,'correction_notice','','running','2026-11-27','2026-12-08','2026-12-07',NULL,0,0,'{"start": "2026-11-27", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(94,43,'reply','','running','2026-11-24','2026-12-22','2026-12-21',NULL,0,0,'{"start": "2026-11-24", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(95,43,'correction_notice','','ended','2026-11-24','2026-12-03','2026-12-02','2026-11-25',0,0,'{"start": "2026-11-24", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(96,44,'reply','','running','2026-11-19','2026-12-17','2026-12-16',NULL,0,0,'{"start": "2026-11-19", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(97,44,'correction_notice','','running','2026-11-19','2026-11-30','2026-11-27',NULL,0,0,'{"start": "2026-11-19", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(98,45,'reply','','running','2026-11-16','2026-12-14','2026-12-11',NULL,0,0,'{"start": "2026-11-16", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(99,45,'correction_notice','','ended','2026-11-16','2026-11-25','2026-11-24','2026-11-17',0,0,'{"start": "2026-11-16", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(100,46,'reply','','running','2026-11-11','2026-12-09','2026-12-08',NULL,0,0,'{"start": "2026-11-11", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(101,46,'correction_notice','','running','2026-11-11','2026-11-20','2026-11-19',NULL,0,0,'{"start": "2026-11-11", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(102,47,'reply','','running','2026-11-06','2026-12-04','2026-12-03',NULL,0,0,'{"start": "2026-11-06", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(103,47,'correction_notice','','ended','2026-11-06','2026-11-17','2026-11-16','2026-11-09',0,0,'{"start": "2026-11-06", "length": 7, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(104,48,'reply','','running','2026-11-03','2026-12-01','2026-11-30',NULL,0,0,'{"start": "2026-11-03", "length": 20, "pauses": [], "open_pause": null}');
INSERT INTO "clock" VALUES(105,48,'correction_notice','','running','2026-11-03','2026-11-12','2026-11-11',NULL,0,0,'{"start": "2026-11-03", "length": 7, "pauses": [], "open_pause": null}');
CREATE TABLE clock_event (
	id INTEGER NOT NULL, 
	clock_id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	event_seq INTEGER, 
	kind VARCHAR(16) NOT NULL, 
	on_date DATE NOT NULL, 
	due_before DATE, 
	due_after DATE, 
	data JSON NOT NULL, 
	CONSTRAINT pk_clock_event PRIMARY KEY (id), 
	CONSTRAINT fk_clock_event_case_id_disclosure_case FOREIGN KEY(case_id) REFERENCES disclosure_case (id), 
	CONSTRAINT fk_clock_event_clock_id_clock FOREIGN KEY(clock_id) REFERENCES clock (id)
);
INSERT INTO "clock_event" VALUES(1,1,1,1,'start','2025-01-02',NULL,'2025-02-06','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(2,2,1,1,'start','2025-01-02',NULL,'2025-01-13','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(3,2,1,2,'end','2025-01-03','2025-01-13','2025-01-13','{}');
INSERT INTO "clock_event" VALUES(4,1,1,3,'end','2025-01-07','2025-02-06','2025-02-06','{}');
INSERT INTO "clock_event" VALUES(5,3,2,1,'start','2025-01-10',NULL,'2025-02-13','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(6,4,2,1,'start','2025-01-10',NULL,'2025-01-21','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(7,4,2,2,'end','2025-01-13','2025-01-21','2025-01-21','{}');
INSERT INTO "clock_event" VALUES(8,5,3,1,'start','2025-01-13',NULL,'2025-02-14','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(9,6,3,1,'start','2025-01-13',NULL,'2025-01-22','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(10,6,3,2,'end','2025-01-14','2025-01-22','2025-01-22','{}');
INSERT INTO "clock_event" VALUES(11,7,3,3,'start','2025-01-17',NULL,'2025-02-13','{"rule": "field:received_by_party"}');
INSERT INTO "clock_event" VALUES(12,5,3,3,'pause','2025-01-17','2025-02-14','2025-02-14','{"reason": "征求意见"}');
INSERT INTO "clock_event" VALUES(13,8,4,1,'start','2025-01-17',NULL,'2025-02-20','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(14,9,4,1,'start','2025-01-17',NULL,'2025-01-27','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(15,9,4,2,'end','2025-01-20','2025-01-27','2025-01-27','{}');
INSERT INTO "clock_event" VALUES(16,10,5,1,'start','2025-01-20',NULL,'2025-02-21','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(17,11,5,1,'start','2025-01-20',NULL,'2025-02-05','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(18,11,5,2,'end','2025-01-21','2025-02-05','2025-02-05','{}');
INSERT INTO "clock_event" VALUES(19,3,2,4,'met','2025-01-24','2025-02-13','2025-02-13','{}');
INSERT INTO "clock_event" VALUES(20,12,6,1,'start','2025-01-24',NULL,'2025-02-27','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(21,13,6,1,'start','2025-01-24',NULL,'2025-02-10','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(22,7,3,4,'met','2025-01-26','2025-02-13','2025-02-13','{}');
INSERT INTO "clock_event" VALUES(23,5,3,4,'resume','2025-01-26','2025-02-14','2025-02-24','{"removed_working_days": 6, "reason": "征求意见"}');
INSERT INTO "clock_event" VALUES(24,13,6,2,'end','2025-01-26','2025-02-10','2025-02-10','{}');
INSERT INTO "clock_event" VALUES(25,14,7,1,'start','2025-01-26',NULL,'2025-02-28','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(26,15,7,1,'start','2025-01-26',NULL,'2025-02-11','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(27,15,7,2,'end','2025-01-27','2025-02-11','2025-02-11','{}');
INSERT INTO "clock_event" VALUES(28,16,8,1,'start','2025-02-07',NULL,'2025-03-06','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(29,17,8,1,'start','2025-02-07',NULL,'2025-02-17','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(30,17,8,2,'end','2025-02-08','2025-02-17','2025-02-17','{}');
INSERT INTO "clock_event" VALUES(31,10,5,4,'met','2025-02-11','2025-02-21','2025-02-21','{}');
INSERT INTO "clock_event" VALUES(32,18,9,1,'start','2025-02-12',NULL,'2025-03-12','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(33,19,9,1,'start','2025-02-12',NULL,'2025-02-21','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(34,20,10,1,'start','2025-02-12',NULL,'2025-03-12','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(35,21,10,1,'start','2025-02-12',NULL,'2025-02-21','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(36,19,9,2,'end','2025-02-13','2025-02-21','2025-02-21','{}');
INSERT INTO "clock_event" VALUES(37,21,10,2,'end','2025-02-13','2025-02-21','2025-02-21','{}');
INSERT INTO "clock_event" VALUES(38,18,9,3,'end','2025-02-14','2025-03-12','2025-03-12','{}');
INSERT INTO "clock_event" VALUES(39,8,4,5,'met','2025-02-17','2025-02-20','2025-02-20','{}');
INSERT INTO "clock_event" VALUES(40,14,7,5,'met','2025-02-19','2025-02-28','2025-02-28','{}');
INSERT INTO "clock_event" VALUES(41,22,11,1,'start','2025-02-19',NULL,'2025-03-19','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(42,23,11,1,'start','2025-02-19',NULL,'2025-02-28','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(43,5,3,7,'met','2025-02-20','2025-02-24','2025-02-24','{}');
INSERT INTO "clock_event" VALUES(44,23,11,2,'end','2025-02-20','2025-02-28','2025-02-28','{}');
INSERT INTO "clock_event" VALUES(45,12,6,4,'met','2025-02-25','2025-02-27','2025-02-27','{}');
INSERT INTO "clock_event" VALUES(46,16,8,5,'met','2025-02-26','2025-03-06','2025-03-06','{}');
INSERT INTO "clock_event" VALUES(47,22,11,3,'end','2025-02-27','2025-03-19','2025-03-19','{}');
INSERT INTO "clock_event" VALUES(48,20,10,4,'met','2025-03-10','2025-03-12','2025-03-12','{}');
INSERT INTO "clock_event" VALUES(49,24,12,1,'start','2025-03-11',NULL,'2025-04-09','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(50,25,12,1,'start','2025-03-11',NULL,'2025-03-20','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(51,25,12,2,'end','2025-03-12','2025-03-20','2025-03-20','{}');
INSERT INTO "clock_event" VALUES(52,26,13,1,'start','2025-03-17',NULL,'2025-04-15','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(53,27,13,1,'start','2025-03-17',NULL,'2025-03-26','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(54,28,14,1,'start','2025-03-18',NULL,'2025-04-16','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(55,29,14,1,'start','2025-03-18',NULL,'2025-03-27','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(56,26,13,2,'stop','2025-03-20','2025-04-15',NULL,'{}');
INSERT INTO "clock_event" VALUES(57,27,13,2,'met','2025-03-20','2025-03-26','2025-03-26','{}');
INSERT INTO "clock_event" VALUES(58,30,13,2,'start','2025-03-20',NULL,'2025-04-03','{"rule": "effective"}');
INSERT INTO "clock_event" VALUES(59,28,14,2,'stop','2025-03-24','2025-04-16',NULL,'{}');
INSERT INTO "clock_event" VALUES(60,29,14,2,'met','2025-03-24','2025-03-27','2025-03-27','{}');
INSERT INTO "clock_event" VALUES(61,31,14,2,'start','2025-03-24',NULL,'2025-04-08','{"rule": "effective"}');
INSERT INTO "clock_event" VALUES(62,32,15,1,'start','2025-03-25',NULL,'2025-04-23','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(63,33,15,1,'start','2025-03-25',NULL,'2025-04-03','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(64,33,15,2,'end','2025-03-26','2025-04-03','2025-04-03','{}');
INSERT INTO "clock_event" VALUES(65,24,12,4,'met','2025-03-28','2025-04-09','2025-04-09','{}');
INSERT INTO "clock_event" VALUES(66,34,16,1,'start','2025-03-31',NULL,'2025-04-28','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(67,35,16,1,'start','2025-03-31',NULL,'2025-04-10','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(68,35,16,2,'end','2025-04-01','2025-04-10','2025-04-10','{}');
INSERT INTO "clock_event" VALUES(69,36,17,1,'start','2025-04-01',NULL,'2025-04-29','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(70,37,17,1,'start','2025-04-01',NULL,'2025-04-11','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(71,37,17,2,'end','2025-04-02','2025-04-11','2025-04-11','{}');
INSERT INTO "clock_event" VALUES(72,26,13,3,'end','2025-04-07',NULL,NULL,'{}');
INSERT INTO "clock_event" VALUES(73,30,13,3,'lapse','2025-04-07','2025-04-03','2025-04-03','{}');
INSERT INTO "clock_event" VALUES(74,28,14,3,'end','2025-04-09',NULL,NULL,'{}');
INSERT INTO "clock_event" VALUES(75,31,14,3,'lapse','2025-04-09','2025-04-08','2025-04-08','{}');
INSERT INTO "clock_event" VALUES(76,32,15,4,'met','2025-04-21','2025-04-23','2025-04-23','{}');
INSERT INTO "clock_event" VALUES(77,34,16,5,'met','2025-04-22','2025-04-28','2025-04-28','{}');
INSERT INTO "clock_event" VALUES(78,36,17,5,'met','2025-04-25','2025-04-29','2025-04-29','{}');
INSERT INTO "clock_event" VALUES(79,38,18,1,'start','2025-05-26',NULL,'2025-06-24','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(80,39,18,1,'start','2025-05-26',NULL,'2025-06-05','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(81,39,18,2,'end','2025-05-27','2025-06-05','2025-06-05','{}');
INSERT INTO "clock_event" VALUES(82,40,19,1,'start','2025-05-27',NULL,'2025-06-25','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(83,41,19,1,'start','2025-05-27',NULL,'2025-06-06','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(84,42,20,1,'start','2025-05-27',NULL,'2025-06-25','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(85,43,20,1,'start','2025-05-27',NULL,'2025-06-06','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(86,41,19,2,'end','2025-05-28','2025-06-06','2025-06-06','{}');
INSERT INTO "clock_event" VALUES(87,43,20,2,'end','2025-05-28','2025-06-06','2025-06-06','{}');
INSERT INTO "clock_event" VALUES(88,44,21,1,'start','2025-05-28',NULL,'2025-06-26','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(89,45,21,1,'start','2025-05-28',NULL,'2025-06-09','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(90,45,21,2,'end','2025-05-29','2025-06-09','2025-06-09','{}');
INSERT INTO "clock_event" VALUES(91,46,20,3,'start','2025-05-30',NULL,'2025-06-23','{"rule": "field:received_by_party"}');
INSERT INTO "clock_event" VALUES(92,42,20,3,'pause','2025-05-30','2025-06-25','2025-06-25','{"reason": "征求意见"}');
INSERT INTO "clock_event" VALUES(93,47,22,1,'start','2025-06-05',NULL,'2025-07-03','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(94,48,22,1,'start','2025-06-05',NULL,'2025-06-16','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(95,48,22,2,'end','2025-06-06','2025-06-16','2025-06-16','{}');
INSERT INTO "clock_event" VALUES(96,38,18,4,'met','2025-06-10','2025-06-24','2025-06-24','{}');
INSERT INTO "clock_event" VALUES(97,47,22,3,'end','2025-06-10','2025-07-03','2025-07-03','{}');
INSERT INTO "clock_event" VALUES(98,49,23,1,'start','2025-06-10',NULL,'2025-07-08','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(99,50,23,1,'start','2025-06-10',NULL,'2025-06-19','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(100,50,23,2,'end','2025-06-11','2025-06-19','2025-06-19','{}');
INSERT INTO "clock_event" VALUES(101,40,19,4,'met','2025-06-16','2025-06-25','2025-06-25','{}');
INSERT INTO "clock_event" VALUES(102,51,23,3,'start','2025-06-16',NULL,'2025-07-07','{"rule": "field:received_by_party"}');
INSERT INTO "clock_event" VALUES(103,49,23,3,'pause','2025-06-16','2025-07-08','2025-07-08','{"reason": "征求意见"}');
INSERT INTO "clock_event" VALUES(104,46,20,4,'met','2025-06-17','2025-06-23','2025-06-23','{}');
INSERT INTO "clock_event" VALUES(105,42,20,4,'resume','2025-06-17','2025-06-25','2025-07-10','{"removed_working_days": 11, "reason": "征求意见"}');
INSERT INTO "clock_event" VALUES(106,44,21,4,'met','2025-06-18','2025-06-26','2025-06-26','{}');
INSERT INTO "clock_event" VALUES(107,42,20,6,'met','2025-07-03','2025-07-10','2025-07-10','{}');
INSERT INTO "clock_event" VALUES(108,51,23,4,'met','2025-07-03','2025-07-07','2025-07-07','{}');
INSERT INTO "clock_event" VALUES(109,49,23,4,'resume','2025-07-03','2025-07-08','2025-07-25','{"removed_working_days": 13, "reason": "征求意见"}');
INSERT INTO "clock_event" VALUES(110,52,24,1,'start','2025-07-03',NULL,'2025-07-31','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(111,53,24,1,'start','2025-07-03',NULL,'2025-07-14','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(112,53,24,2,'end','2025-07-04','2025-07-14','2025-07-14','{}');
INSERT INTO "clock_event" VALUES(113,54,25,1,'start','2025-07-15',NULL,'2025-08-12','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(114,55,25,1,'start','2025-07-15',NULL,'2025-07-24','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(115,52,24,5,'met','2025-07-17','2025-07-31','2025-07-31','{}');
INSERT INTO "clock_event" VALUES(116,54,25,2,'stop','2025-07-21','2025-08-12',NULL,'{}');
INSERT INTO "clock_event" VALUES(117,55,25,2,'met','2025-07-21','2025-07-24','2025-07-24','{}');
INSERT INTO "clock_event" VALUES(118,56,25,2,'start','2025-07-21',NULL,'2025-08-04','{"rule": "effective"}');
INSERT INTO "clock_event" VALUES(119,49,23,5,'extend','2025-07-22','2025-07-25','2025-08-08','{"days": 10, "approved_by": "zhaomin"}');
INSERT INTO "clock_event" VALUES(120,57,26,1,'start','2025-07-22',NULL,'2025-08-19','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(121,58,26,1,'start','2025-07-22',NULL,'2025-07-31','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(122,58,26,2,'end','2025-07-23','2025-07-31','2025-07-31','{}');
INSERT INTO "clock_event" VALUES(123,59,27,1,'start','2025-07-30',NULL,'2025-08-27','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(124,60,27,1,'start','2025-07-30',NULL,'2025-08-08','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(125,49,23,8,'met','2025-07-31','2025-08-08','2025-08-08','{}');
INSERT INTO "clock_event" VALUES(126,60,27,2,'end','2025-07-31','2025-08-08','2025-08-08','{}');
INSERT INTO "clock_event" VALUES(127,61,28,1,'start','2025-07-31',NULL,'2025-08-28','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(128,62,28,1,'start','2025-07-31',NULL,'2025-08-11','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(129,62,28,2,'end','2025-08-01','2025-08-11','2025-08-11','{}');
INSERT INTO "clock_event" VALUES(130,54,25,3,'end','2025-08-05',NULL,NULL,'{}');
INSERT INTO "clock_event" VALUES(131,56,25,3,'lapse','2025-08-05','2025-08-04','2025-08-04','{}');
INSERT INTO "clock_event" VALUES(132,63,29,1,'start','2025-08-05',NULL,'2025-09-02','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(133,64,29,1,'start','2025-08-05',NULL,'2025-08-14','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(134,64,29,2,'end','2025-08-06','2025-08-14','2025-08-14','{}');
INSERT INTO "clock_event" VALUES(135,57,26,4,'met','2025-08-13','2025-08-19','2025-08-19','{}');
INSERT INTO "clock_event" VALUES(136,59,27,5,'met','2025-08-19','2025-08-27','2025-08-27','{}');
INSERT INTO "clock_event" VALUES(137,63,29,4,'met','2025-08-20','2025-09-02','2025-09-02','{}');
INSERT INTO "clock_event" VALUES(138,65,30,1,'start','2025-08-20',NULL,'2025-09-17','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(139,66,30,1,'start','2025-08-20',NULL,'2025-08-29','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(140,66,30,2,'end','2025-08-21','2025-08-29','2025-08-29','{}');
INSERT INTO "clock_event" VALUES(141,61,28,5,'met','2025-08-25','2025-08-28','2025-08-28','{}');
INSERT INTO "clock_event" VALUES(142,67,30,3,'start','2025-08-26',NULL,'2025-09-16','{"rule": "field:received_by_party"}');
INSERT INTO "clock_event" VALUES(143,65,30,3,'pause','2025-08-26','2025-09-17','2025-09-17','{"reason": "征求意见"}');
INSERT INTO "clock_event" VALUES(144,67,30,4,'met','2025-09-02','2025-09-16','2025-09-16','{}');
INSERT INTO "clock_event" VALUES(145,65,30,4,'resume','2025-09-02','2025-09-17','2025-09-24','{"removed_working_days": 5, "reason": "征求意见"}');
INSERT INTO "clock_event" VALUES(146,68,31,1,'start','2025-09-02',NULL,'2025-09-29','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(147,69,31,1,'start','2025-09-02',NULL,'2025-09-11','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(148,69,31,2,'end','2025-09-03','2025-09-11','2025-09-11','{}');
INSERT INTO "clock_event" VALUES(149,65,30,7,'met','2025-09-17','2025-09-24','2025-09-24','{}');
INSERT INTO "clock_event" VALUES(150,68,31,5,'met','2025-09-18','2025-09-29','2025-09-29','{}');
INSERT INTO "clock_event" VALUES(151,70,32,1,'start','2025-09-24',NULL,'2025-10-28','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(152,71,32,1,'start','2025-09-24',NULL,'2025-10-10','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(153,71,32,2,'end','2025-09-25','2025-10-10','2025-10-10','{}');
INSERT INTO "clock_event" VALUES(154,70,32,4,'met','2025-10-17','2025-10-28','2025-10-28','{}');
INSERT INTO "clock_event" VALUES(155,72,33,1,'start','2025-10-21',NULL,'2025-11-18','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(156,73,33,1,'start','2025-10-21',NULL,'2025-10-30','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(157,73,33,2,'end','2025-10-22','2025-10-30','2025-10-30','{}');
INSERT INTO "clock_event" VALUES(158,74,34,1,'start','2025-10-22',NULL,'2025-11-19','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(159,75,34,1,'start','2025-10-22',NULL,'2025-10-31','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(160,75,34,2,'end','2025-10-23','2025-10-31','2025-10-31','{}');
INSERT INTO "clock_event" VALUES(161,76,35,1,'start','2025-10-24',NULL,'2025-11-21','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(162,77,35,1,'start','2025-10-24',NULL,'2025-11-04','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(163,77,35,2,'end','2025-10-27','2025-11-04','2025-11-04','{}');
INSERT INTO "clock_event" VALUES(164,78,36,1,'start','2025-10-28',NULL,'2025-11-25','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(165,79,36,1,'start','2025-10-28',NULL,'2025-11-06','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(166,79,36,2,'end','2025-10-29','2025-11-06','2025-11-06','{}');
INSERT INTO "clock_event" VALUES(167,80,35,3,'start','2025-10-31',NULL,'2025-11-21','{"rule": "field:received_by_party"}');
INSERT INTO "clock_event" VALUES(168,76,35,3,'pause','2025-10-31','2025-11-21','2025-11-21','{"reason": "征求意见"}');
INSERT INTO "clock_event" VALUES(169,74,34,5,'met','2025-11-06','2025-11-19','2025-11-19','{}');
INSERT INTO "clock_event" VALUES(170,81,37,1,'start','2025-11-14',NULL,'2025-12-12','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(171,82,37,1,'start','2025-11-14',NULL,'2025-11-25','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(172,82,37,2,'end','2025-11-17','2025-11-25','2025-11-25','{}');
INSERT INTO "clock_event" VALUES(173,78,36,3,'extend','2025-11-20','2025-11-25','2025-12-23','{"days": 20, "approved_by": "zhaomin"}');
INSERT INTO "clock_event" VALUES(174,72,33,4,'met','2025-11-24','2025-11-18','2025-11-18','{}');
INSERT INTO "clock_event" VALUES(175,80,35,4,'lapse','2025-11-24','2025-11-21','2025-11-21','{}');
INSERT INTO "clock_event" VALUES(176,76,35,4,'resume','2025-11-21','2025-11-21','2025-12-12','{"removed_working_days": 15, "reason": "征求意见"}');
INSERT INTO "clock_event" VALUES(177,81,37,4,'met','2025-12-02','2025-12-12','2025-12-12','{}');
INSERT INTO "clock_event" VALUES(178,76,35,7,'met','2025-12-05','2025-12-12','2025-12-12','{}');
INSERT INTO "clock_event" VALUES(179,83,38,1,'start','2025-12-08',NULL,'2026-01-06','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(180,84,38,1,'start','2025-12-08',NULL,'2025-12-17','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(181,84,38,2,'end','2025-12-09','2025-12-17','2025-12-17','{}');
INSERT INTO "clock_event" VALUES(182,78,36,6,'met','2025-12-10','2025-12-23','2025-12-23','{}');
INSERT INTO "clock_event" VALUES(183,85,38,3,'start','2025-12-10',NULL,'2025-12-31','{"rule": "field:received_by_party"}');
INSERT INTO "clock_event" VALUES(184,83,38,3,'pause','2025-12-10','2026-01-06','2026-01-06','{"reason": "征求意见"}');
INSERT INTO "clock_event" VALUES(185,86,39,1,'start','2025-12-22',NULL,'2026-01-20','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(186,87,39,1,'start','2025-12-22',NULL,'2025-12-31','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(187,87,39,2,'end','2025-12-23','2025-12-31','2025-12-31','{}');
INSERT INTO "clock_event" VALUES(188,88,40,1,'start','2025-12-24',NULL,'2026-01-22','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(189,89,40,1,'start','2025-12-24',NULL,'2026-01-05','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(190,89,40,2,'end','2025-12-25','2026-01-05','2026-01-05','{}');
INSERT INTO "clock_event" VALUES(191,85,38,4,'met','2025-12-29','2025-12-31','2025-12-31','{}');
INSERT INTO "clock_event" VALUES(192,83,38,4,'resume','2025-12-29','2026-01-06','2026-01-23','{"removed_working_days": 13, "reason": "征求意见"}');
INSERT INTO "clock_event" VALUES(193,88,40,3,'end','2025-12-30','2026-01-22','2026-01-22','{}');
INSERT INTO "clock_event" VALUES(194,86,39,4,'met','2026-01-08','2026-01-20','2026-01-20','{}');
INSERT INTO "clock_event" VALUES(195,83,38,7,'met','2026-01-16','2026-01-23','2026-01-23','{}');
INSERT INTO "clock_event" VALUES(196,90,41,1,'start','2026-12-02',NULL,'2026-12-30','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(197,91,41,1,'start','2026-12-02',NULL,'2026-12-11','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(198,91,41,2,'end','2026-12-03','2026-12-11','2026-12-11','{}');
INSERT INTO "clock_event" VALUES(199,92,42,1,'start','2026-11-27',NULL,'2026-12-25','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(200,93,42,1,'start','2026-11-27',NULL,'2026-12-08','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(201,94,43,1,'start','2026-11-24',NULL,'2026-12-22','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(202,95,43,1,'start','2026-11-24',NULL,'2026-12-03','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(203,95,43,2,'end','2026-11-25','2026-12-03','2026-12-03','{}');
INSERT INTO "clock_event" VALUES(204,96,44,1,'start','2026-11-19',NULL,'2026-12-17','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(205,97,44,1,'start','2026-11-19',NULL,'2026-11-30','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(206,98,45,1,'start','2026-11-16',NULL,'2026-12-14','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(207,99,45,1,'start','2026-11-16',NULL,'2026-11-25','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(208,99,45,2,'end','2026-11-17','2026-11-25','2026-11-25','{}');
INSERT INTO "clock_event" VALUES(209,100,46,1,'start','2026-11-11',NULL,'2026-12-09','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(210,101,46,1,'start','2026-11-11',NULL,'2026-11-20','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(211,102,47,1,'start','2026-11-06',NULL,'2026-12-04','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(212,103,47,1,'start','2026-11-06',NULL,'2026-11-17','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(213,103,47,2,'end','2026-11-09','2026-11-17','2026-11-17','{}');
INSERT INTO "clock_event" VALUES(214,104,48,1,'start','2026-11-03',NULL,'2026-12-01','{"rule": "received"}');
INSERT INTO "clock_event" VALUES(215,105,48,1,'start','2026-11-03',NULL,'2026-11-12','{"rule": "received"}');
CREATE TABLE disclosure_case (
	id INTEGER NOT NULL, 
	case_no VARCHAR(64) NOT NULL, 
	agency_id INTEGER NOT NULL, 
	clerk_id INTEGER, 
	definition_name VARCHAR(32) NOT NULL, 
	definition_version VARCHAR(32) NOT NULL, 
	state VARCHAR(40) NOT NULL, 
	outcome VARCHAR(48), 
	basis VARCHAR(32), 
	version INTEGER NOT NULL, 
	channel VARCHAR(24) NOT NULL, 
	submitted_on DATE, 
	signed_for_on DATE, 
	confirmed_on DATE, 
	received_on DATE NOT NULL, 
	concluded_on DATE, 
	applicant_type VARCHAR(32) NOT NULL, 
	applicant_name VARCHAR(200) NOT NULL, 
	id_number VARCHAR(32), 
	phone VARCHAR(32), 
	address VARCHAR(300), 
	email VARCHAR(200), 
	subject TEXT NOT NULL, 
	form VARCHAR(16), 
	delivery VARCHAR(16), 
	extension_days INTEGER NOT NULL, 
	delivered_on DATE, 
	file_no VARCHAR(64), 
	letter_no VARCHAR(64), 
	last_event_seq INTEGER NOT NULL, 
	last_event_on DATE NOT NULL, 
	last_event_hash VARCHAR(64) NOT NULL, 
	import_fingerprint VARCHAR(64), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_disclosure_case PRIMARY KEY (id), 
	CONSTRAINT fk_disclosure_case_agency_id_agency FOREIGN KEY(agency_id) REFERENCES agency (id), 
	CONSTRAINT fk_disclosure_case_clerk_id_app_user FOREIGN KEY(clerk_id) REFERENCES app_user (id), 
	CONSTRAINT uq_disclosure_case_case_no UNIQUE (case_no), 
	CONSTRAINT uq_disclosure_case_import_fingerprint UNIQUE (import_fingerprint)
);
INSERT INTO "disclosure_case" VALUES(1,'罗应急-2025-0001',2,2,'GIR2019','2','closed','closed_other',NULL,3,'in_person','2025-01-02',NULL,NULL,'2025-01-02','2025-01-07','natural_person','高杰','371311196809041243','13979442768','山东省临沂市罗庄区罗庄街道',NULL,'安全生产举报奖励发放情况','paper','post',0,NULL,NULL,NULL,3,'2025-01-07','4573b81c72fb488110e1b34facb58bf9b77c959509210a8bd261d1895cc86a4b',NULL,'2026-12-06 03:06:41.832149','2026-12-06 03:06:41.877864');
INSERT INTO "disclosure_case" VALUES(2,'罗应急-2025-0002',2,2,'GIR2019','2','archived','unavailable_not_held','not_exist',8,'post_signed','2025-01-09','2025-01-10',NULL,'2025-01-10','2025-01-24','natural_person','马明','371311199709108184','13475446694','山东省临沂市罗庄区盛庄街道',NULL,'本局2025年部门预算及三公经费','electronic','email',0,'2025-01-26','2025-WS-0002','罗应急依申复〔2025〕1号',8,'2025-04-07','1456706bfee74ea0bd29051b75e9ab4762ad785568bfce922aa123051402c267',NULL,'2026-12-06 03:06:41.894907','2026-12-06 03:06:45.651830');
INSERT INTO "disclosure_case" VALUES(3,'罗应急-2025-0003',2,2,'GIR2019','2','archived','disclosed','provided',9,'in_person','2025-01-13',NULL,NULL,'2025-01-13','2025-02-20','commercial_enterprise','山东罗庄建材有限公司',NULL,'13243604556','山东省临沂市罗庄区傅庄街道',NULL,'某企业行政处罚决定书','paper','email',0,'2025-02-21','2025-WS-0003','罗应急依申复〔2025〕5号',9,'2025-02-28','2ffda9e96e8029c47dc5bd46a896ca85de7d0d5f4b152be5915d361a906d208d',NULL,'2026-12-06 03:06:41.914808','2026-12-06 03:06:42.384716');
INSERT INTO "disclosure_case" VALUES(4,'罗应急-2025-0004',2,2,'GIR2019','2','archived','partially_disclosed','partial',7,'online','2025-01-16',NULL,'2025-01-17','2025-01-17','2025-02-17','commercial_enterprise','山东罗庄建材有限公司',NULL,'13984830052','山东省临沂市罗庄区高都街道',NULL,'安全生产举报奖励发放情况','electronic','post',0,'2025-02-18','2025-WS-0004','罗应急依申复〔2025〕3号',7,'2025-02-25','f81fff06f4805275ba90cb3d2404c5e04535f48304274bbd4a045eaa76a85212',NULL,'2026-12-06 03:06:41.950675','2026-12-06 03:06:42.339235');
INSERT INTO "disclosure_case" VALUES(5,'罗应急-2025-0005',2,2,'GIR2019','2','archived','unavailable_not_held','not_this_agency',7,'email','2025-01-20',NULL,'2025-01-20','2025-01-20','2025-02-11','legal_service_org','山东罗庄建材有限公司',NULL,'13547682786','山东省临沂市罗庄区罗庄街道',NULL,'本局2025年部门预算及三公经费','paper','email',0,'2025-02-12','2025-WS-0005','罗应急依申复〔2025〕2号',7,'2025-03-05','0112cf67460e8d4db3ba0621834fcf6942949c5ea4b84f538de23ff2dfe05294',NULL,'2026-12-06 03:06:41.970747','2026-12-06 03:06:45.652273');
INSERT INTO "disclosure_case" VALUES(6,'罗应急-2025-0006',2,2,'GIR2019','2','archived','unavailable_needs_creation','needs_creation',8,'in_person','2025-01-24',NULL,NULL,'2025-01-24','2025-02-25','natural_person','孙静','371311195612149539','13945609707','山东省临沂市罗庄区盛庄街道',NULL,'应急避难场所建设情况','electronic','post',0,'2025-02-26','2025-WS-0006','罗应急依申复〔2025〕6号',8,'2025-04-30','1d4b17cd1148ad267faaec30063d659624a01405a8a1eb51a56a5f0f6c6ba23d',NULL,'2026-12-06 03:06:42.033499','2026-12-06 03:06:45.652996');
INSERT INTO "disclosure_case" VALUES(7,'罗应急-2025-0007',2,2,'GIR2019','2','archived','disclosed','provided',7,'online','2025-01-25',NULL,'2025-01-26','2025-01-26','2025-02-19','natural_person','徐艳','371311198706103391','13160349026','山东省临沂市罗庄区傅庄街道',NULL,'某化工企业安全评价报告及备案情况','electronic','email',0,'2025-02-20','2025-WS-0007','罗应急依申复〔2025〕4号',7,'2025-02-27','f96e8e921ce6321a8d2d14f998afaa2ac041d489f68262ff9af9d41e5d1ba0d6',NULL,'2026-12-06 03:06:42.058167','2026-12-06 03:06:42.370719');
INSERT INTO "disclosure_case" VALUES(8,'罗应急-2025-0008',2,2,'GIR2019','2','replied','disclosed','provided',6,'in_person','2025-02-07',NULL,NULL,'2025-02-07','2025-02-26','natural_person','杨秀英','371311195505208740','13109254662','山东省临沂市罗庄区盛庄街道',NULL,'某化工企业安全评价报告及备案情况','electronic','email',0,'2025-02-27',NULL,'罗应急依申复〔2025〕7号',6,'2025-02-27','28c6b198ce95a27fcdb2d364212adc9a99713c4d1d3379b5ed704834f2f05937',NULL,'2026-12-06 03:06:42.113269','2026-12-06 03:06:42.371008');
INSERT INTO "disclosure_case" VALUES(9,'罗应急-2025-0009',2,2,'GIR2019','2','closed','closed_other',NULL,3,'online','2025-02-10',NULL,'2025-02-12','2025-02-12','2025-02-14','natural_person','马涛','371311197411044692','13603181497','山东省临沂市罗庄区傅庄街道',NULL,'本局2025年部门预算及三公经费','electronic','post',0,NULL,NULL,NULL,3,'2025-02-14','7eb9eeea281ce6700e2539dcee294ffdb4932d74ee72c778ae8378982de6baf9',NULL,'2026-12-06 03:06:42.203051','2026-12-06 03:06:42.234757');
INSERT INTO "disclosure_case" VALUES(10,'罗应急-2025-0010',2,2,'GIR2019','2','archived','unavailable_not_held','not_exist',6,'oral','2025-02-12',NULL,NULL,'2025-02-12','2025-03-10','natural_person','王桂兰','371311198511139677','13500339785','山东省临沂市罗庄区盛庄街道',NULL,'某建设项目安全设施竣工验收意见','paper','email',0,'2025-03-11','2025-WS-0010','罗应急依申复〔2025〕8号',6,'2025-03-18','5efd666f6bf1aa1681b469bba14fc5d96a6508c6a116edfe8caa8c671927aaa5',NULL,'2026-12-06 03:06:42.203809','2026-12-06 03:06:42.611562');
INSERT INTO "disclosure_case" VALUES(11,'罗应急-2025-0011',2,2,'GIR2019','2','closed','closed_other',NULL,3,'online','2025-02-18',NULL,'2025-02-19','2025-02-19','2025-02-27','natural_person','刘军','371311197707271157','13985205747','山东省临沂市罗庄区罗庄街道',NULL,'某企业行政处罚决定书','paper','email',0,NULL,NULL,NULL,3,'2025-02-27','7dd4cf1174f74b13051271accafc345a81e3d6356eb5d58ba7949f5e47bdd325',NULL,'2026-12-06 03:06:42.283030','2026-12-06 03:06:42.371257');
INSERT INTO "disclosure_case" VALUES(12,'罗应急-2025-0012',2,2,'GIR2019','2','archived','unavailable_needs_creation','needs_creation',6,'online','2025-03-11',NULL,'2025-03-11','2025-03-11','2025-03-28','natural_person','孙桂兰','371311196309266278','13645186515','山东省临沂市罗庄区傅庄街道',NULL,'某企业行政处罚决定书','paper','post',0,'2025-03-31','2025-WS-0012','罗应急依申复〔2025〕9号',6,'2025-04-08','d4a20cc94fe69be4e4fc199a345bbbe176e3376c69b381de662a90bdb8167c36',NULL,'2026-12-06 03:06:42.499112','2026-12-06 03:06:42.934497');
INSERT INTO "disclosure_case" VALUES(13,'罗应急-2025-0013',2,2,'GIR2019','2','closed','closed_no_correction',NULL,3,'post_signed','2025-03-17','2025-03-17',NULL,'2025-03-17','2025-04-07','social_welfare_org','罗庄区顺达运输有限公司',NULL,'13158242441','山东省临沂市罗庄区罗庄街道',NULL,'本局2025年部门预算及三公经费','electronic','email',0,NULL,NULL,NULL,3,'2025-04-07','6b70cc7ea521f1e980ed2825e8e911584a4f0cb5048d9f3d23b75f785895a423',NULL,'2026-12-06 03:06:42.580634','2026-12-06 03:06:42.913713');
INSERT INTO "disclosure_case" VALUES(14,'罗应急-2025-0014',2,2,'GIR2019','2','closed','closed_no_correction',NULL,3,'online','2025-03-18',NULL,'2025-03-18','2025-03-18','2025-04-09','natural_person','赵磊','371311197603044005','13553099799','山东省临沂市罗庄区罗庄街道',NULL,'2024年度辖区安全生产执法检查计划','electronic','email',0,NULL,NULL,NULL,3,'2025-04-09','46386ca6c7e46b565049b5c6e582c2f20b58d4a2b3b7b7e6d4942ea922ad7a14',NULL,'2026-12-06 03:06:42.612125','2026-12-06 03:06:42.963627');
INSERT INTO "disclosure_case" VALUES(15,'罗应急-2025-0015',2,2,'GIR2019','2','replied','declined_petition','petition',5,'email','2025-03-24',NULL,'2025-03-25','2025-03-25','2025-04-21','natural_person','王静','371311196903201573','13989488175','山东省临沂市罗庄区盛庄街道',NULL,'某化工企业安全评价报告及备案情况','paper','post',0,'2025-04-22',NULL,'罗应急依申复〔2025〕10号',5,'2025-04-22','84280776a61bfb64e4398abbab3216c356199c1bad34826a18b324d542182463',NULL,'2026-12-06 03:06:42.693431','2026-12-06 03:06:43.077553');
INSERT INTO "disclosure_case" VALUES(16,'罗应急-2025-0016',2,2,'GIR2019','2','archived','disclosed','already_public',7,'online','2025-03-29',NULL,'2025-03-31','2025-03-31','2025-04-22','natural_person','孙静','371311196412263358','13619809658','山东省临沂市罗庄区高都街道',NULL,'某企业行政处罚决定书','electronic','post',0,'2025-04-23','2025-WS-0016','罗应急依申复〔2025〕11号',7,'2025-04-29','d88389449dfc2b567fa2fa08e658a305cef5436e8a4073f124ae61ee354e0391',NULL,'2026-12-06 03:06:42.799345','2026-12-06 03:06:43.185910');
INSERT INTO "disclosure_case" VALUES(17,'罗应急-2025-0017',2,2,'GIR2019','2','archived','disclosed','provided',7,'online','2025-03-30',NULL,'2025-04-01','2025-04-01','2025-04-25','natural_person','陈敏','371311196205225789','13807059716','山东省临沂市罗庄区罗庄街道',NULL,'辖区危险化学品经营许可名单','electronic','email',0,'2025-04-27','2025-WS-0017','罗应急依申复〔2025〕12号',7,'2025-05-07','77405dbb83c233409c610884d82b31fed8d7d3d05e5b45bd833e5d274407ce85',NULL,'2026-12-06 03:06:42.834023','2026-12-06 03:06:43.197866');
INSERT INTO "disclosure_case" VALUES(18,'罗应急-2025-0018',2,2,'GIR2019','2','archived','unavailable_needs_creation','needs_creation',6,'post_signed','2025-05-26','2025-05-26',NULL,'2025-05-26','2025-06-10','natural_person','王伟','37131119620325990X','13085391267','山东省临沂市罗庄区傅庄街道',NULL,'本局2025年部门预算及三公经费','electronic','email',0,'2025-06-11','2025-WS-0018','罗应急依申复〔2025〕13号',6,'2025-06-18','7e7a77d71faab0ac04216d8fe4671751d9d54c9d8de83176f64652133f9cbde4',NULL,'2026-12-06 03:06:43.210817','2026-12-06 03:06:43.382123');
INSERT INTO "disclosure_case" VALUES(19,'罗应急-2025-0019',2,2,'GIR2019','2','archived','unavailable_not_held','not_exist',6,'online','2025-05-26',NULL,'2025-05-27','2025-05-27','2025-06-16','natural_person','何杰','371311196101049645','13980156161','山东省临沂市罗庄区傅庄街道',NULL,'某企业行政处罚决定书','paper','post',0,'2025-06-17','2025-WS-0019','罗应急依申复〔2025〕14号',6,'2025-06-24','38970b606c193f591f28e8e566515a5b38ff3bb6bc52f336a3c3c418d18d4baf',NULL,'2026-12-06 03:06:43.225453','2026-12-06 03:06:43.443085');
INSERT INTO "disclosure_case" VALUES(20,'罗应急-2025-0020',2,2,'GIR2019','2','replied','withheld_third_party_rights','withheld',7,'post_signed','2025-05-27','2025-05-27',NULL,'2025-05-27','2025-07-03','natural_person','何勇','371311199601084432','13154622253','山东省临沂市罗庄区盛庄街道',NULL,'某化工企业安全评价报告及备案情况','electronic','post',0,'2025-07-04',NULL,'罗应急依申复〔2025〕16号',7,'2025-07-04','3aad7d408563f42eb754ec678ef426f6f782bab331c4b79d0f3d2ffd46bae054',NULL,'2026-12-06 03:06:43.226155','2026-12-06 03:06:43.520242');
INSERT INTO "disclosure_case" VALUES(21,'罗应急-2025-0021',2,2,'GIR2019','2','archived','withheld_process_information','withheld',6,'post_signed','2025-05-28','2025-05-28',NULL,'2025-05-28','2025-06-18','natural_person','刘涛','371311197711093015','13636855408','山东省临沂市罗庄区高都街道',NULL,'防汛抗旱应急预案','electronic','post',0,'2025-06-19','2025-WS-0021','罗应急依申复〔2025〕15号',6,'2025-06-26','22f82688112696f1047cc0f1daa0d659d0f1ef257bf645a87f770f927cb9c649',NULL,'2026-12-06 03:06:43.240032','2026-12-06 03:06:43.464273');
INSERT INTO "disclosure_case" VALUES(22,'罗应急-2025-0022',2,2,'GIR2019','2','closed','closed_other',NULL,3,'online','2025-06-04',NULL,'2025-06-05','2025-06-05','2025-06-10','natural_person','杨明','371311195307288858','13719436299','山东省临沂市罗庄区盛庄街道',NULL,'辖区危险化学品经营许可名单','paper','email',0,NULL,NULL,NULL,3,'2025-06-10','e15e196087d60d75eaadceb5cc3fcc81e08822de6b37386dc7c9d82694d32a2a',NULL,'2026-12-06 03:06:43.280819','2026-12-06 03:06:43.306632');
INSERT INTO "disclosure_case" VALUES(23,'罗应急-2025-0023',2,2,'GIR2019','2','archived','disclosed','provided',10,'online','2025-06-09',NULL,'2025-06-10','2025-06-10','2025-07-31','legal_service_org','临沂鑫源化工有限公司',NULL,'13106545087','山东省临沂市罗庄区傅庄街道',NULL,'本局2025年部门预算及三公经费','electronic','email',10,'2025-08-01','2025-WS-0023','罗应急依申复〔2025〕18号',10,'2025-08-08','f6aa359f73ff004f1cf1199a847ab42c507eb737c39be07480ed1e172401abed',NULL,'2026-12-06 03:06:43.307224','2026-12-06 03:06:43.849077');
INSERT INTO "disclosure_case" VALUES(24,'罗应急-2025-0024',2,2,'GIR2019','2','archived','disclosed','provided',7,'online','2025-07-01',NULL,'2025-07-03','2025-07-03','2025-07-17','commercial_enterprise','山东罗庄建材有限公司',NULL,'13420737016','山东省临沂市罗庄区傅庄街道',NULL,'2024年度辖区安全生产执法检查计划','electronic','email',0,'2025-07-18','2025-WS-0024','罗应急依申复〔2025〕17号',7,'2025-07-25','89179e8c271f1590fe3d8c1111cd45cf80176a426d04e09772707acc0ef34c3a',NULL,'2026-12-06 03:06:43.501953','2026-12-06 03:06:43.704973');
INSERT INTO "disclosure_case" VALUES(25,'罗应急-2025-0025',2,2,'GIR2019','2','closed','closed_no_correction',NULL,3,'online','2025-07-14',NULL,'2025-07-15','2025-07-15','2025-08-05','other_org','山东罗庄建材有限公司',NULL,'13574825174','山东省临沂市罗庄区傅庄街道',NULL,'某化工企业安全评价报告及备案情况','electronic','email',0,NULL,NULL,NULL,3,'2025-08-05','4c62b57e9a5f52fed792db717b4d31b057e6f28a1f88ed8660531f0d12951364',NULL,'2026-12-06 03:06:43.542338','2026-12-06 03:06:43.802531');
INSERT INTO "disclosure_case" VALUES(26,'罗应急-2025-0026',2,2,'GIR2019','2','archived','unavailable_not_held','not_exist',6,'post_ordinary','2025-07-20',NULL,'2025-07-22','2025-07-22','2025-08-13','natural_person','郭明','371311198708302714','13425940912','山东省临沂市罗庄区盛庄街道',NULL,'某化工企业安全评价报告及备案情况','electronic','email',0,'2025-08-14','2025-WS-0026','罗应急依申复〔2025〕19号',6,'2025-08-21','5018750c71f2b3f8fa7700706ccddb7520877126d3b804149bab5c0ab7abf753',NULL,'2026-12-06 03:06:43.672820','2026-12-06 03:06:44.036340');
INSERT INTO "disclosure_case" VALUES(27,'罗应急-2025-0027',2,2,'GIR2019','2','archived','disclosed','provided',7,'online','2025-07-29',NULL,'2025-07-30','2025-07-30','2025-08-19','natural_person','郭芳','371311196410036370','13737003611','山东省临沂市罗庄区盛庄街道',NULL,'应急避难场所建设情况','paper','email',0,'2025-08-20','2025-WS-0027','罗应急依申复〔2025〕20号',7,'2025-08-27','4593873886016276e84066e5186916d07240dbba93242355684989e54c8bdb34',NULL,'2026-12-06 03:06:43.738329','2026-12-06 03:06:44.195033');
INSERT INTO "disclosure_case" VALUES(28,'罗应急-2025-0028',2,2,'GIR2019','2','archived','disclosed','provided',7,'in_person','2025-07-31',NULL,NULL,'2025-07-31','2025-08-25','commercial_enterprise','临沂华兴物流有限公司',NULL,'13505973626','山东省临沂市罗庄区傅庄街道',NULL,'某企业行政处罚决定书','electronic','post',0,'2025-08-26','2025-WS-0028','罗应急依申复〔2025〕22号',7,'2025-09-02','880112ea5a5a2e94bce10633f82376cd24cbd0a5f9e2e32967f9ad575817363d',NULL,'2026-12-06 03:06:43.755065','2026-12-06 03:06:44.263595');
INSERT INTO "disclosure_case" VALUES(29,'罗应急-2025-0029',2,2,'GIR2019','2','archived','declined_repeat','repeat',6,'email','2025-08-03',NULL,'2025-08-05','2025-08-05','2025-08-20','natural_person','高娜','371311196110043667','13076891897','山东省临沂市罗庄区高都街道',NULL,'某企业行政处罚决定书','electronic','post',0,'2025-08-21','2025-WS-0029','罗应急依申复〔2025〕21号',6,'2025-08-28','49fd9d88da6a0effb5ab52b3a4b56b3c5f72b22c9b4cd8fa4039bf76de9d5a63',NULL,'2026-12-06 03:06:43.803315','2026-12-06 03:06:44.232755');
INSERT INTO "disclosure_case" VALUES(30,'罗应急-2025-0030',2,2,'GIR2019','2','archived','disclosed','provided',9,'online','2025-08-19',NULL,'2025-08-20','2025-08-20','2025-09-17','natural_person','郭强','371311196605029912','13627320462','山东省临沂市罗庄区盛庄街道',NULL,'某化工企业安全评价报告及备案情况','electronic','email',0,'2025-09-18','2025-WS-0030','罗应急依申复〔2025〕23号',9,'2025-09-25','90748d94ea44e6e1544b9f33415ac14847568b3ab8144a15a44b07612ac9f6ba',NULL,'2026-12-06 03:06:44.019275','2026-12-06 03:06:44.469583');
INSERT INTO "disclosure_case" VALUES(31,'罗应急-2025-0031',2,2,'GIR2019','2','archived','disclosed','provided',7,'post_signed','2025-09-01','2025-09-02',NULL,'2025-09-02','2025-09-18','commercial_enterprise','临沂华兴物流有限公司',NULL,'13131271054','山东省临沂市罗庄区傅庄街道',NULL,'某企业行政处罚决定书','paper','email',0,'2025-09-19','2025-WS-0031','罗应急依申复〔2025〕24号',7,'2025-09-26','0ee67a745469a552f64a6f2bc5cb14e3613d6a63f28665b31f1d4a409472f205',NULL,'2026-12-06 03:06:44.269539','2026-12-06 03:06:44.487360');
INSERT INTO "disclosure_case" VALUES(32,'罗应急-2025-0032',2,2,'GIR2019','2','archived','unavailable_not_held','not_this_agency',6,'post_signed','2025-09-22','2025-09-24',NULL,'2025-09-24','2025-10-17','natural_person','郭桂兰','37131119660223307X','13068218935','山东省临沂市罗庄区盛庄街道',NULL,'某建设项目安全设施竣工验收意见','paper','email',0,'2025-10-20','2025-WS-0032','罗应急依申复〔2025〕25号',6,'2025-10-27','ff860a635aea1e6699fc1fd13998ff566381d0347ee66cced9eaaa27582ce0e0',NULL,'2026-12-06 03:06:44.452712','2026-12-06 03:06:44.663923');
INSERT INTO "disclosure_case" VALUES(33,'罗应急-2025-0033',2,2,'GIR2019','2','archived','unavailable_not_held','not_exist',6,'online','2025-10-21',NULL,'2025-10-21','2025-10-21','2025-11-24','commercial_enterprise','罗庄区顺达运输有限公司',NULL,'13817710185','山东省临沂市罗庄区罗庄街道',NULL,'防汛抗旱应急预案','paper','post',0,'2025-11-25','2025-WS-0033','罗应急依申复〔2025〕27号',6,'2025-12-02','613676671cbd41840b273d196051cc90e176e0f714d443576f6a2cb0a18dcdd4',NULL,'2026-12-06 03:06:44.568420','2026-12-06 03:06:45.073727');
INSERT INTO "disclosure_case" VALUES(34,'罗应急-2025-0034',2,2,'GIR2019','2','archived','disclosed','provided',7,'post_ordinary','2025-10-20',NULL,'2025-10-22','2025-10-22','2025-11-06','natural_person','吴伟','371311199102060874','13518153768','山东省临沂市罗庄区罗庄街道',NULL,'2024年度辖区安全生产执法检查计划','electronic','post',0,'2025-11-07','2025-WS-0034','罗应急依申复〔2025〕26号',7,'2025-11-14','bf5431b922eed542a1de778e82e710d920be91ad669a4bd71be49a398ab86769',NULL,'2026-12-06 03:06:44.591766','2026-12-06 03:06:44.861637');
INSERT INTO "disclosure_case" VALUES(35,'罗应急-2025-0035',2,2,'GIR2019','2','replied','partially_disclosed','partial',8,'online','2025-10-24',NULL,'2025-10-24','2025-10-24','2025-12-05','natural_person','周磊','371311195512114101','13179416679','山东省临沂市罗庄区高都街道',NULL,'应急避难场所建设情况','paper','email',0,'2025-12-08',NULL,'罗应急依申复〔2025〕29号',8,'2025-12-08','06bbc6a22905280e55cddf3baf644e4fc4b2a13562cae95b5e8fe3cc429dd4ea',NULL,'2026-12-06 03:06:44.644920','2026-12-06 03:06:45.178611');
INSERT INTO "disclosure_case" VALUES(36,'罗应急-2025-0036',2,2,'GIR2019','2','archived','disclosed','provided',8,'oral','2025-10-28',NULL,NULL,'2025-10-28','2025-12-10','natural_person','何敏','371311198305061709','13243979792','山东省临沂市罗庄区高都街道',NULL,'辖区危险化学品经营许可名单','paper','email',20,'2025-12-11','2025-WS-0036','罗应急依申复〔2025〕30号',8,'2025-12-18','9c27e383a49ac54adeba400fa5b56187708e7a96f3bdfeccef49bac3d3821bd3',NULL,'2026-12-06 03:06:44.682711','2026-12-06 03:06:45.299769');
INSERT INTO "disclosure_case" VALUES(37,'罗应急-2025-0037',2,2,'GIR2019','2','archived','unavailable_not_held','not_exist',6,'online','2025-11-12',NULL,'2025-11-14','2025-11-14','2025-12-02','natural_person','林明','371311199403117467','13347865863','山东省临沂市罗庄区盛庄街道',NULL,'防汛抗旱应急预案','electronic','post',0,'2025-12-03','2025-WS-0037','罗应急依申复〔2025〕28号',6,'2025-12-10','f8cfe277e63aaa396734e337b2b8c163b48ff3c3766f182b42b1417a968e5494',NULL,'2026-12-06 03:06:44.862216','2026-12-06 03:06:45.245181');
INSERT INTO "disclosure_case" VALUES(38,'罗应急-2025-0038',2,2,'GIR2019','2','archived','disclosed','provided',9,'online','2025-12-06',NULL,'2025-12-08','2025-12-08','2026-01-16','natural_person','赵超','371311195001112163','13261198214','山东省临沂市罗庄区罗庄街道',NULL,'本局2025年部门预算及三公经费','paper','post',0,'2026-01-19','2025-WS-0038','罗应急依申复〔2026〕2号',9,'2026-01-26','118174c0c357c58665c17f4671f1be19dad240f96689fb5b060cc4a4adc97673',NULL,'2026-12-06 03:06:45.179442','2026-12-06 03:06:45.637121');
INSERT INTO "disclosure_case" VALUES(39,'罗应急-2025-0039',2,2,'GIR2019','2','replied','declined_petition','petition',5,'post_signed','2025-12-22','2025-12-22',NULL,'2025-12-22','2026-01-08','natural_person','刘磊','371311199210209920','13652994376','山东省临沂市罗庄区盛庄街道',NULL,'2024年度辖区安全生产执法检查计划','paper','email',0,'2026-01-09',NULL,'罗应急依申复〔2026〕1号',5,'2026-01-09','23397cad6aa3ab58dbba997d5c0bc9337ee3a27952fdba8a2a12d60a79ab720c',NULL,'2026-12-06 03:06:45.333257','2026-12-06 03:06:45.566892');
INSERT INTO "disclosure_case" VALUES(40,'罗应急-2025-0040',2,2,'GIR2019','2','closed','closed_other',NULL,3,'online','2025-12-22',NULL,'2025-12-24','2025-12-24','2025-12-30','natural_person','周超','371311195509263384','13712423686','山东省临沂市罗庄区罗庄街道',NULL,'辖区危险化学品经营许可名单','electronic','email',0,NULL,NULL,NULL,3,'2025-12-30','f05c8d21df3d7744e50f1c10407c283e010c0bc76c04a509193024d2980b3ab1',NULL,'2026-12-06 03:06:45.393235','2026-12-06 03:06:45.488615');
INSERT INTO "disclosure_case" VALUES(41,'罗应急-2026-0001',2,2,'GIR2019','2','in_review',NULL,NULL,2,'post_ordinary','2026-12-02',NULL,'2026-12-02','2026-12-02',NULL,'natural_person','徐军','371311196506201908','13832817821','山东省临沂市罗庄区罗庄街道',NULL,'本局2025年部门预算及三公经费','paper','email',0,NULL,NULL,NULL,2,'2026-12-03','4a622166fc02f3ccc518942958c8ebbb1ef04f82d1e86099e8722e5be9d40b20',NULL,'2026-12-06 03:06:45.637753','2026-12-06 03:06:45.638230');
INSERT INTO "disclosure_case" VALUES(42,'罗应急-2026-0002',2,2,'GIR2019','2','received',NULL,NULL,1,'online','2026-11-26',NULL,'2026-11-27','2026-11-27',NULL,'natural_person','刘杰','371311197403041379','13418329192','山东省临沂市罗庄区盛庄街道',NULL,'2024年度辖区安全生产执法检查计划','paper','email',0,NULL,NULL,NULL,1,'2026-11-27','fb7ba445eb616bca16e680e04743558e692555837931a841601eb183befcca19',NULL,'2026-12-06 03:06:45.638686','2026-12-06 03:06:45.638686');
INSERT INTO "disclosure_case" VALUES(43,'罗应急-2026-0003',2,2,'GIR2019','2','in_review',NULL,NULL,2,'online','2026-11-23',NULL,'2026-11-24','2026-11-24',NULL,'natural_person','张伟','371311196409030297','13220923904','山东省临沂市罗庄区傅庄街道',NULL,'辖区危险化学品经营许可名单','paper','email',0,NULL,NULL,NULL,2,'2026-11-25','885bd534401d95f94624acc487d4e8a2cb763167955eb9b04e21b01b897249b9',NULL,'2026-12-06 03:06:45.639195','2026-12-06 03:06:45.639531');
INSERT INTO "disclosure_case" VALUES(44,'罗应急-2026-0004',2,2,'GIR2019','2','received',NULL,NULL,1,'online','2026-11-18',NULL,'2026-11-19','2026-11-19',NULL,'natural_person','徐芳','371311197504295132','13865415568','山东省临沂市罗庄区傅庄街道',NULL,'某建设项目安全设施竣工验收意见','paper','post',0,NULL,NULL,NULL,1,'2026-11-19','4ed1ed9bae8ce71b2bc84a030758f6914be90b5263f706b80488a87093f948a0',NULL,'2026-12-06 03:06:45.639892','2026-12-06 03:06:45.639892');
INSERT INTO "disclosure_case" VALUES(45,'罗应急-2026-0005',2,2,'GIR2019','2','in_review',NULL,NULL,2,'post_signed','2026-11-14','2026-11-16',NULL,'2026-11-16',NULL,'natural_person','马伟','371311195102200496','13895065384','山东省临沂市罗庄区傅庄街道',NULL,'某建设项目安全设施竣工验收意见','electronic','post',0,NULL,NULL,NULL,2,'2026-11-17','8fbacdef46503eb3c4b80f143766e5aefa5ff8b5d81ee6fba13cea3dbea97967',NULL,'2026-12-06 03:06:45.640290','2026-12-06 03:06:45.640732');
INSERT INTO "disclosure_case" VALUES(46,'罗应急-2026-0006',2,2,'GIR2019','2','received',NULL,NULL,1,'online','2026-11-09',NULL,'2026-11-11','2026-11-11',NULL,'commercial_enterprise','山东罗庄建材有限公司',NULL,'13973613650','山东省临沂市罗庄区盛庄街道',NULL,'某化工企业安全评价报告及备案情况','paper','email',0,NULL,NULL,NULL,1,'2026-11-11','bb711206110cf606be1f676422fe5eba20772606c1d5198c96f1eea26831fac1',NULL,'2026-12-06 03:06:45.645871','2026-12-06 03:06:45.645871');
INSERT INTO "disclosure_case" VALUES(47,'罗应急-2026-0007',2,2,'GIR2019','2','in_review',NULL,NULL,2,'online','2026-11-06',NULL,'2026-11-06','2026-11-06',NULL,'natural_person','高涛','371311195807071217','13998383464','山东省临沂市罗庄区高都街道',NULL,'某企业行政处罚决定书','electronic','email',0,NULL,NULL,NULL,2,'2026-11-09','f1beab7817066cfee148b4b94912fddf0532601e6a70dcc7b8b789663aa7210b',NULL,'2026-12-06 03:06:45.646706','2026-12-06 03:06:45.647018');
INSERT INTO "disclosure_case" VALUES(48,'罗应急-2026-0008',2,2,'GIR2019','2','received',NULL,NULL,1,'online','2026-11-01',NULL,'2026-11-03','2026-11-03',NULL,'natural_person','何强','371311195501096171','13561974845','山东省临沂市罗庄区傅庄街道',NULL,'本局2025年部门预算及三公经费','paper','post',0,NULL,NULL,NULL,1,'2026-11-03','7c0999f15dbe3a413a55cb9745cb283b07f8cd406a8c628988dc7c8181e0351e',NULL,'2026-12-06 03:06:45.647362','2026-12-06 03:06:45.647362');
CREATE TABLE fee_notice (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	agency_id INTEGER NOT NULL, 
	sent_on DATE NOT NULL, 
	received_on DATE NOT NULL, 
	basis VARCHAR(24) NOT NULL, 
	quantity INTEGER NOT NULL, 
	amount NUMERIC(12, 2) NOT NULL, 
	paid_on DATE, 
	paid_amount NUMERIC(12, 2), 
	waived_on DATE, 
	CONSTRAINT pk_fee_notice PRIMARY KEY (id), 
	CONSTRAINT fk_fee_notice_agency_id_agency FOREIGN KEY(agency_id) REFERENCES agency (id), 
	CONSTRAINT fk_fee_notice_case_id_disclosure_case FOREIGN KEY(case_id) REFERENCES disclosure_case (id)
);
CREATE TABLE letter (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	kind VARCHAR(48) NOT NULL, 
	letter_no VARCHAR(64), 
	issued_on DATE NOT NULL, 
	event_seq INTEGER, 
	body_text TEXT NOT NULL, 
	body_html TEXT, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_letter PRIMARY KEY (id), 
	CONSTRAINT fk_letter_case_id_disclosure_case FOREIGN KEY(case_id) REFERENCES disclosure_case (id)
);
INSERT INTO "letter" VALUES(1,1,'acknowledgement',NULL,'2025-01-02',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

高杰：
　　本机关已于2025年1月2日收到您通过当面提交方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0001。
　　申请人：高杰（证件号码：371311196809041243）。
　　申请获取的政府信息：“安全生产举报奖励发放情况”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年2月6日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年1月2日
',NULL,'2026-12-06 03:06:45.922679');
INSERT INTO "letter" VALUES(2,1,'reply',NULL,'2025-01-07',3,'临沂市罗庄区应急管理局

政府信息公开申请终止处理告知书

高杰：
　　本机关于2025年1月2日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0001），您申请获取的政府信息为：“安全生产举报奖励发放情况”。
　　您已于2025年1月7日以申请人书面撤回方式撤回该申请，本机关终止处理您的该项政府信息公开申请。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年1月7日
',NULL,'2026-12-06 03:06:45.939796');
INSERT INTO "letter" VALUES(3,2,'acknowledgement',NULL,'2025-01-10',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

马明：
　　本机关已于2025年1月10日收到您通过邮寄（需签收）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0002。
　　申请人：马明（证件号码：371311199709108184）。
　　申请获取的政府信息：“本局2025年部门预算及三公经费”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年2月13日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年1月10日
',NULL,'2026-12-06 03:06:45.944572');
INSERT INTO "letter" VALUES(4,3,'acknowledgement',NULL,'2025-01-13',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

山东罗庄建材有限公司：
　　本机关已于2025年1月13日收到您通过当面提交方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0003。
　　申请人：山东罗庄建材有限公司。
　　申请获取的政府信息：“某企业行政处罚决定书”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年2月14日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年1月13日
',NULL,'2026-12-06 03:06:45.945191');
INSERT INTO "letter" VALUES(5,3,'consultation_letter',NULL,'2025-01-17',3,'临沂市罗庄区应急管理局

政府信息公开征求意见书

临沂华兴物流有限公司：
　　本机关于2025年1月13日收到一件政府信息公开申请（申请编号：罗应急-2025-0003），申请获取的政府信息为：“某企业行政处罚决定书”。
　　经审查，该政府信息的公开可能损害贵方的合法权益。根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求贵方意见。
　　请于2025年2月13日前（自收到本征求意见书之日起十五个工作日内）书面提出意见，不同意公开的，请说明理由。逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年1月17日
',NULL,'2026-12-06 03:06:45.947471');
INSERT INTO "letter" VALUES(6,3,'consultation_notice_applicant',NULL,'2025-01-17',3,'临沂市罗庄区应急管理局

政府信息公开申请征求意见告知书

山东罗庄建材有限公司：
　　本机关于2025年1月13日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0003），您申请获取的政府信息为：“某企业行政处罚决定书”。
　　经审查，您申请获取的政府信息的公开可能损害第三方的合法权益，本机关已于2025年1月17日书面征求第三方的意见。
　　根据《中华人民共和国政府信息公开条例》第三十二条、第三十三条第三款的规定，征求意见所需时间不计算在答复期限内。本机关将在收到意见或者征求意见期限届满后，依法对您的申请作出答复。
　　特此告知。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年1月17日
',NULL,'2026-12-06 03:06:45.953278');
INSERT INTO "letter" VALUES(7,4,'acknowledgement',NULL,'2025-01-17',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

山东罗庄建材有限公司：
　　本机关已于2025年1月17日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0004。
　　申请人：山东罗庄建材有限公司。
　　申请获取的政府信息：“安全生产举报奖励发放情况”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年2月20日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年1月17日
',NULL,'2026-12-06 03:06:45.953753');
INSERT INTO "letter" VALUES(8,5,'acknowledgement',NULL,'2025-01-20',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

山东罗庄建材有限公司：
　　本机关已于2025年1月20日收到您通过电子邮件方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0005。
　　申请人：山东罗庄建材有限公司。
　　申请获取的政府信息：“本局2025年部门预算及三公经费”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年2月21日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年1月20日
',NULL,'2026-12-06 03:06:45.954075');
INSERT INTO "letter" VALUES(9,2,'reply','罗应急依申复〔2025〕1号','2025-01-24',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕1号

马明：
　　本机关于2025年1月10日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0002），您申请获取的政府信息为：“本局2025年部门预算及三公经费”。
　　经检索，本机关未制作或者获取过您申请获取的政府信息，该政府信息不存在。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，特此告知。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年1月24日
',NULL,'2026-12-06 03:06:45.955565');
INSERT INTO "letter" VALUES(10,6,'acknowledgement',NULL,'2025-01-24',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

孙静：
　　本机关已于2025年1月24日收到您通过当面提交方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0006。
　　申请人：孙静（证件号码：371311195612149539）。
　　申请获取的政府信息：“应急避难场所建设情况”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年2月27日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年1月24日
',NULL,'2026-12-06 03:06:45.955906');
INSERT INTO "letter" VALUES(11,7,'acknowledgement',NULL,'2025-01-26',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

徐艳：
　　本机关已于2025年1月26日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0007。
　　申请人：徐艳（证件号码：371311198706103391）。
　　申请获取的政府信息：“某化工企业安全评价报告及备案情况”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年2月28日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年1月26日
',NULL,'2026-12-06 03:06:45.956206');
INSERT INTO "letter" VALUES(12,8,'acknowledgement',NULL,'2025-02-07',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

杨秀英：
　　本机关已于2025年2月7日收到您通过当面提交方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0008。
　　申请人：杨秀英（证件号码：371311195505208740）。
　　申请获取的政府信息：“某化工企业安全评价报告及备案情况”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年3月6日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年2月7日
',NULL,'2026-12-06 03:06:45.956430');
INSERT INTO "letter" VALUES(13,5,'reply','罗应急依申复〔2025〕2号','2025-02-11',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕2号

山东罗庄建材有限公司：
　　本机关于2025年1月20日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0005），您申请获取的政府信息为：“本局2025年部门预算及三公经费”。
　　经审查，您申请获取的政府信息不属于本机关负责公开。根据《中华人民共和国政府信息公开条例》第三十六条第（五）项的规定，特此告知。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年2月11日
',NULL,'2026-12-06 03:06:45.962064');
INSERT INTO "letter" VALUES(14,9,'acknowledgement',NULL,'2025-02-12',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

马涛：
　　本机关已于2025年2月12日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0009。
　　申请人：马涛（证件号码：371311197411044692）。
　　申请获取的政府信息：“本局2025年部门预算及三公经费”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年3月12日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年2月12日
',NULL,'2026-12-06 03:06:45.962420');
INSERT INTO "letter" VALUES(15,10,'acknowledgement',NULL,'2025-02-12',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

王桂兰：
　　本机关已于2025年2月12日收到您通过口头申请（代为填写）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0010。
　　申请人：王桂兰（证件号码：371311198511139677）。
　　申请获取的政府信息：“某建设项目安全设施竣工验收意见”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年3月12日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年2月12日
',NULL,'2026-12-06 03:06:45.962670');
INSERT INTO "letter" VALUES(16,9,'reply',NULL,'2025-02-14',3,'临沂市罗庄区应急管理局

政府信息公开申请终止处理告知书

马涛：
　　本机关于2025年2月12日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0009），您申请获取的政府信息为：“本局2025年部门预算及三公经费”。
　　您已于2025年2月14日以申请人书面撤回方式撤回该申请，本机关终止处理您的该项政府信息公开申请。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年2月14日
',NULL,'2026-12-06 03:06:45.962955');
INSERT INTO "letter" VALUES(17,4,'reply','罗应急依申复〔2025〕3号','2025-02-17',5,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕3号

山东罗庄建材有限公司：
　　本机关于2025年1月17日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0004），您申请获取的政府信息为：“安全生产举报奖励发放情况”。
　　经审查，您申请获取的政府信息中含有不应当公开的内容，但是能够作区分处理。根据《中华人民共和国政府信息公开条例》第三十七条的规定，本机关决定向您提供可以公开的政府信息内容，对不予公开的内容说明理由如下：
　　该部分内容涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，根据《中华人民共和国政府信息公开条例》第十五条的规定，不予公开。
　　其中涉及的企业负责人姓名、联系方式属于个人信息，已作遮盖处理。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议。根据《中华人民共和国行政复议法》第二十三条的规定，对行政机关不予公开政府信息的决定不服的，应当先向行政复议机关申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内，依照《中华人民共和国行政诉讼法》第四十五条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年2月17日
',NULL,'2026-12-06 03:06:45.973691');
INSERT INTO "letter" VALUES(18,7,'reply','罗应急依申复〔2025〕4号','2025-02-19',5,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕4号

徐艳：
　　本机关于2025年1月26日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0007），您申请获取的政府信息为：“某化工企业安全评价报告及备案情况”。
　　经审查，您申请获取的政府信息属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定向您提供该政府信息。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年2月19日
',NULL,'2026-12-06 03:06:45.975313');
INSERT INTO "letter" VALUES(19,11,'acknowledgement',NULL,'2025-02-19',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

刘军：
　　本机关已于2025年2月19日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0011。
　　申请人：刘军（证件号码：371311197707271157）。
　　申请获取的政府信息：“某企业行政处罚决定书”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年3月19日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年2月19日
',NULL,'2026-12-06 03:06:45.975734');
INSERT INTO "letter" VALUES(20,3,'reply','罗应急依申复〔2025〕5号','2025-02-20',7,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕5号

山东罗庄建材有限公司：
　　本机关于2025年1月13日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0003），您申请获取的政府信息为：“某企业行政处罚决定书”。
　　经审查，您申请获取的政府信息属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定向您提供该政府信息。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年2月20日
',NULL,'2026-12-06 03:06:45.976132');
INSERT INTO "letter" VALUES(21,6,'reply','罗应急依申复〔2025〕6号','2025-02-25',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕6号

孙静：
　　本机关于2025年1月24日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0006），您申请获取的政府信息为：“应急避难场所建设情况”。
　　经审查，本机关没有现成的您申请获取的政府信息，提供该信息需要本机关对现有政府信息进行加工、分析或者另行制作。根据《中华人民共和国政府信息公开条例》第三十八条的规定，本机关不予提供。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年2月25日
',NULL,'2026-12-06 03:06:45.978081');
INSERT INTO "letter" VALUES(22,8,'reply','罗应急依申复〔2025〕7号','2025-02-26',5,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕7号

杨秀英：
　　本机关于2025年2月7日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0008），您申请获取的政府信息为：“某化工企业安全评价报告及备案情况”。
　　经审查，您申请获取的政府信息属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定向您提供该政府信息。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年2月26日
',NULL,'2026-12-06 03:06:45.978501');
INSERT INTO "letter" VALUES(23,11,'reply',NULL,'2025-02-27',3,'临沂市罗庄区应急管理局

政府信息公开申请终止处理告知书

刘军：
　　本机关于2025年2月19日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0011），您申请获取的政府信息为：“某企业行政处罚决定书”。
　　您已于2025年2月27日以申请人书面撤回方式撤回该申请，本机关终止处理您的该项政府信息公开申请。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年2月27日
',NULL,'2026-12-06 03:06:45.978799');
INSERT INTO "letter" VALUES(24,10,'reply','罗应急依申复〔2025〕8号','2025-03-10',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕8号

王桂兰：
　　本机关于2025年2月12日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0010），您申请获取的政府信息为：“某建设项目安全设施竣工验收意见”。
　　经检索，本机关未制作或者获取过您申请获取的政府信息，该政府信息不存在。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，特此告知。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年3月10日
',NULL,'2026-12-06 03:06:45.979065');
INSERT INTO "letter" VALUES(25,12,'acknowledgement',NULL,'2025-03-11',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

孙桂兰：
　　本机关已于2025年3月11日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0012。
　　申请人：孙桂兰（证件号码：371311196309266278）。
　　申请获取的政府信息：“某企业行政处罚决定书”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年4月9日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年3月11日
',NULL,'2026-12-06 03:06:45.979305');
INSERT INTO "letter" VALUES(26,13,'acknowledgement',NULL,'2025-03-17',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

罗庄区顺达运输有限公司：
　　本机关已于2025年3月17日收到您通过邮寄（需签收）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0013。
　　申请人：罗庄区顺达运输有限公司。
　　申请获取的政府信息：“本局2025年部门预算及三公经费”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年4月15日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年3月17日
',NULL,'2026-12-06 03:06:45.979538');
INSERT INTO "letter" VALUES(27,14,'acknowledgement',NULL,'2025-03-18',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

赵磊：
　　本机关已于2025年3月18日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0014。
　　申请人：赵磊（证件号码：371311197603044005）。
　　申请获取的政府信息：“2024年度辖区安全生产执法检查计划”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年4月16日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年3月18日
',NULL,'2026-12-06 03:06:45.979749');
INSERT INTO "letter" VALUES(28,13,'correction_notice',NULL,'2025-03-20',2,'临沂市罗庄区应急管理局

政府信息公开申请补正告知书

罗庄区顺达运输有限公司：
　　本机关于2025年3月17日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0013），您申请获取的政府信息为：“本局2025年部门预算及三公经费”。
　　经审查，您的申请内容不明确，本机关无法据此确定您所需的政府信息。根据《中华人民共和国政府信息公开条例》第二十九条、第三十条的规定，请您对下列事项作出补正（一次性告知）：
　　请明确所需信息的名称、文号或其他特征描述
　　请您于2025年4月3日前将补正后的申请提交本机关。您补正后，答复期限自本机关收到补正后的申请之日起重新计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年3月20日
',NULL,'2026-12-06 03:06:45.985630');
INSERT INTO "letter" VALUES(29,14,'correction_notice',NULL,'2025-03-24',2,'临沂市罗庄区应急管理局

政府信息公开申请补正告知书

赵磊：
　　本机关于2025年3月18日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0014），您申请获取的政府信息为：“2024年度辖区安全生产执法检查计划”。
　　经审查，您的申请内容不明确，本机关无法据此确定您所需的政府信息。根据《中华人民共和国政府信息公开条例》第二十九条、第三十条的规定，请您对下列事项作出补正（一次性告知）：
　　请明确所需信息的名称、文号或其他特征描述
　　请您于2025年4月8日前将补正后的申请提交本机关。您补正后，答复期限自本机关收到补正后的申请之日起重新计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年3月24日
',NULL,'2026-12-06 03:06:45.986071');
INSERT INTO "letter" VALUES(30,15,'acknowledgement',NULL,'2025-03-25',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

王静：
　　本机关已于2025年3月25日收到您通过电子邮件方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0015。
　　申请人：王静（证件号码：371311196903201573）。
　　申请获取的政府信息：“某化工企业安全评价报告及备案情况”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年4月23日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年3月25日
',NULL,'2026-12-06 03:06:45.986359');
INSERT INTO "letter" VALUES(31,12,'reply','罗应急依申复〔2025〕9号','2025-03-28',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕9号

孙桂兰：
　　本机关于2025年3月11日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0012），您申请获取的政府信息为：“某企业行政处罚决定书”。
　　经审查，本机关没有现成的您申请获取的政府信息，提供该信息需要本机关对现有政府信息进行加工、分析或者另行制作。根据《中华人民共和国政府信息公开条例》第三十八条的规定，本机关不予提供。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年3月28日
',NULL,'2026-12-06 03:06:45.986660');
INSERT INTO "letter" VALUES(32,16,'acknowledgement',NULL,'2025-03-31',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

孙静：
　　本机关已于2025年3月31日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0016。
　　申请人：孙静（证件号码：371311196412263358）。
　　申请获取的政府信息：“某企业行政处罚决定书”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年4月28日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年3月31日
',NULL,'2026-12-06 03:06:45.986897');
INSERT INTO "letter" VALUES(33,17,'acknowledgement',NULL,'2025-04-01',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

陈敏：
　　本机关已于2025年4月1日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0017。
　　申请人：陈敏（证件号码：371311196205225789）。
　　申请获取的政府信息：“辖区危险化学品经营许可名单”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年4月29日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年4月1日
',NULL,'2026-12-06 03:06:45.987114');
INSERT INTO "letter" VALUES(34,13,'reply',NULL,'2025-04-07',3,'临沂市罗庄区应急管理局

政府信息公开申请终止处理告知书

罗庄区顺达运输有限公司：
　　本机关于2025年3月17日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0013），您申请获取的政府信息为：“本局2025年部门预算及三公经费”。
　　本机关已于2025年3月20日书面告知您对申请内容作出补正，补正期限至2025年4月3日。您无正当理由逾期未补正。根据《中华人民共和国政府信息公开条例》第三十条的规定，视为您放弃申请，本机关不再处理您的该项政府信息公开申请。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年4月7日
',NULL,'2026-12-06 03:06:45.992898');
INSERT INTO "letter" VALUES(35,14,'reply',NULL,'2025-04-09',3,'临沂市罗庄区应急管理局

政府信息公开申请终止处理告知书

赵磊：
　　本机关于2025年3月18日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0014），您申请获取的政府信息为：“2024年度辖区安全生产执法检查计划”。
　　本机关已于2025年3月24日书面告知您对申请内容作出补正，补正期限至2025年4月8日。您无正当理由逾期未补正。根据《中华人民共和国政府信息公开条例》第三十条的规定，视为您放弃申请，本机关不再处理您的该项政府信息公开申请。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年4月9日
',NULL,'2026-12-06 03:06:45.993316');
INSERT INTO "letter" VALUES(36,15,'reply','罗应急依申复〔2025〕10号','2025-04-21',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕10号

王静：
　　本机关于2025年3月25日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0015），您申请获取的政府信息为：“某化工企业安全评价报告及备案情况”。
　　经审查，您以政府信息公开申请的形式进行信访、投诉、举报等活动。根据《中华人民共和国政府信息公开条例》第三十九条第一款的规定，本机关对您的申请不作为政府信息公开申请处理，您可以通过信访、投诉、举报等相应渠道提出。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年4月21日
',NULL,'2026-12-06 03:06:45.994175');
INSERT INTO "letter" VALUES(37,16,'reply','罗应急依申复〔2025〕11号','2025-04-22',5,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕11号

孙静：
　　本机关于2025年3月31日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0016），您申请获取的政府信息为：“某企业行政处罚决定书”。
　　经查，您申请获取的政府信息已经主动公开。根据《中华人民共和国政府信息公开条例》第三十六条第（一）项的规定，现告知您获取该政府信息的方式和途径：临沂市罗庄区人民政府门户网站“政府信息公开—罗庄区应急管理局”栏目。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年4月22日
',NULL,'2026-12-06 03:06:45.995126');
INSERT INTO "letter" VALUES(38,17,'reply','罗应急依申复〔2025〕12号','2025-04-25',5,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕12号

陈敏：
　　本机关于2025年4月1日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0017），您申请获取的政府信息为：“辖区危险化学品经营许可名单”。
　　经审查，您申请获取的政府信息属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定向您提供该政府信息。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年4月25日
',NULL,'2026-12-06 03:06:45.995466');
INSERT INTO "letter" VALUES(39,18,'acknowledgement',NULL,'2025-05-26',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

王伟：
　　本机关已于2025年5月26日收到您通过邮寄（需签收）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0018。
　　申请人：王伟（证件号码：37131119620325990X）。
　　申请获取的政府信息：“本局2025年部门预算及三公经费”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年6月24日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年5月26日
',NULL,'2026-12-06 03:06:45.995716');
INSERT INTO "letter" VALUES(40,19,'acknowledgement',NULL,'2025-05-27',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

何杰：
　　本机关已于2025年5月27日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0019。
　　申请人：何杰（证件号码：371311196101049645）。
　　申请获取的政府信息：“某企业行政处罚决定书”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年6月25日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年5月27日
',NULL,'2026-12-06 03:06:45.995976');
INSERT INTO "letter" VALUES(41,20,'acknowledgement',NULL,'2025-05-27',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

何勇：
　　本机关已于2025年5月27日收到您通过邮寄（需签收）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0020。
　　申请人：何勇（证件号码：371311199601084432）。
　　申请获取的政府信息：“某化工企业安全评价报告及备案情况”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年6月25日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年5月27日
',NULL,'2026-12-06 03:06:45.996216');
INSERT INTO "letter" VALUES(42,21,'acknowledgement',NULL,'2025-05-28',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

刘涛：
　　本机关已于2025年5月28日收到您通过邮寄（需签收）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0021。
　　申请人：刘涛（证件号码：371311197711093015）。
　　申请获取的政府信息：“防汛抗旱应急预案”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年6月26日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年5月28日
',NULL,'2026-12-06 03:06:45.996429');
INSERT INTO "letter" VALUES(43,20,'consultation_letter',NULL,'2025-05-30',3,'临沂市罗庄区应急管理局

政府信息公开征求意见书

临沂鑫源化工有限公司：
　　本机关于2025年5月27日收到一件政府信息公开申请（申请编号：罗应急-2025-0020），申请获取的政府信息为：“某化工企业安全评价报告及备案情况”。
　　经审查，该政府信息的公开可能损害贵方的合法权益。根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求贵方意见。
　　请于2025年6月23日前（自收到本征求意见书之日起十五个工作日内）书面提出意见，不同意公开的，请说明理由。逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年5月30日
',NULL,'2026-12-06 03:06:46.000767');
INSERT INTO "letter" VALUES(44,20,'consultation_notice_applicant',NULL,'2025-05-30',3,'临沂市罗庄区应急管理局

政府信息公开申请征求意见告知书

何勇：
　　本机关于2025年5月27日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0020），您申请获取的政府信息为：“某化工企业安全评价报告及备案情况”。
　　经审查，您申请获取的政府信息的公开可能损害第三方的合法权益，本机关已于2025年5月30日书面征求第三方的意见。
　　根据《中华人民共和国政府信息公开条例》第三十二条、第三十三条第三款的规定，征求意见所需时间不计算在答复期限内。本机关将在收到意见或者征求意见期限届满后，依法对您的申请作出答复。
　　特此告知。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年5月30日
',NULL,'2026-12-06 03:06:46.000903');
INSERT INTO "letter" VALUES(45,22,'acknowledgement',NULL,'2025-06-05',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

杨明：
　　本机关已于2025年6月5日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0022。
　　申请人：杨明（证件号码：371311195307288858）。
　　申请获取的政府信息：“辖区危险化学品经营许可名单”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年7月3日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年6月5日
',NULL,'2026-12-06 03:06:46.001160');
INSERT INTO "letter" VALUES(46,18,'reply','罗应急依申复〔2025〕13号','2025-06-10',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕13号

王伟：
　　本机关于2025年5月26日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0018），您申请获取的政府信息为：“本局2025年部门预算及三公经费”。
　　经审查，本机关没有现成的您申请获取的政府信息，提供该信息需要本机关对现有政府信息进行加工、分析或者另行制作。根据《中华人民共和国政府信息公开条例》第三十八条的规定，本机关不予提供。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年6月10日
',NULL,'2026-12-06 03:06:46.001428');
INSERT INTO "letter" VALUES(47,22,'reply',NULL,'2025-06-10',3,'临沂市罗庄区应急管理局

政府信息公开申请终止处理告知书

杨明：
　　本机关于2025年6月5日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0022），您申请获取的政府信息为：“辖区危险化学品经营许可名单”。
　　您已于2025年6月10日以申请人书面撤回方式撤回该申请，本机关终止处理您的该项政府信息公开申请。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年6月10日
',NULL,'2026-12-06 03:06:46.001686');
INSERT INTO "letter" VALUES(48,23,'acknowledgement',NULL,'2025-06-10',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

临沂鑫源化工有限公司：
　　本机关已于2025年6月10日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0023。
　　申请人：临沂鑫源化工有限公司。
　　申请获取的政府信息：“本局2025年部门预算及三公经费”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年7月8日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年6月10日
',NULL,'2026-12-06 03:06:46.001908');
INSERT INTO "letter" VALUES(49,19,'reply','罗应急依申复〔2025〕14号','2025-06-16',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕14号

何杰：
　　本机关于2025年5月27日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0019），您申请获取的政府信息为：“某企业行政处罚决定书”。
　　经检索，本机关未制作或者获取过您申请获取的政府信息，该政府信息不存在。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，特此告知。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年6月16日
',NULL,'2026-12-06 03:06:46.002165');
INSERT INTO "letter" VALUES(50,23,'consultation_letter',NULL,'2025-06-16',3,'临沂市罗庄区应急管理局

政府信息公开征求意见书

罗庄区顺达运输有限公司：
　　本机关于2025年6月10日收到一件政府信息公开申请（申请编号：罗应急-2025-0023），申请获取的政府信息为：“本局2025年部门预算及三公经费”。
　　经审查，该政府信息的公开可能损害贵方的合法权益。根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求贵方意见。
　　请于2025年7月7日前（自收到本征求意见书之日起十五个工作日内）书面提出意见，不同意公开的，请说明理由。逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年6月16日
',NULL,'2026-12-06 03:06:46.002387');
INSERT INTO "letter" VALUES(51,23,'consultation_notice_applicant',NULL,'2025-06-16',3,'临沂市罗庄区应急管理局

政府信息公开申请征求意见告知书

临沂鑫源化工有限公司：
　　本机关于2025年6月10日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0023），您申请获取的政府信息为：“本局2025年部门预算及三公经费”。
　　经审查，您申请获取的政府信息的公开可能损害第三方的合法权益，本机关已于2025年6月16日书面征求第三方的意见。
　　根据《中华人民共和国政府信息公开条例》第三十二条、第三十三条第三款的规定，征求意见所需时间不计算在答复期限内。本机关将在收到意见或者征求意见期限届满后，依法对您的申请作出答复。
　　特此告知。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年6月16日
',NULL,'2026-12-06 03:06:46.002482');
INSERT INTO "letter" VALUES(52,21,'reply','罗应急依申复〔2025〕15号','2025-06-18',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕15号

刘涛：
　　本机关于2025年5月28日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0021），您申请获取的政府信息为：“防汛抗旱应急预案”。
　　经审查，您申请获取的政府信息属于本机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息。根据《中华人民共和国政府信息公开条例》第十六条第二款、第三十六条第（三）项的规定，本机关决定不予公开。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议。根据《中华人民共和国行政复议法》第二十三条的规定，对行政机关不予公开政府信息的决定不服的，应当先向行政复议机关申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内，依照《中华人民共和国行政诉讼法》第四十五条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年6月18日
',NULL,'2026-12-06 03:06:46.003675');
INSERT INTO "letter" VALUES(53,20,'reply','罗应急依申复〔2025〕16号','2025-07-03',6,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕16号

何勇：
　　本机关于2025年5月27日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0020），您申请获取的政府信息为：“某化工企业安全评价报告及备案情况”。
　　经审查，您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。根据《中华人民共和国政府信息公开条例》第十五条、第三十六条第（三）项的规定，本机关决定不予公开。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议。根据《中华人民共和国行政复议法》第二十三条的规定，对行政机关不予公开政府信息的决定不服的，应当先向行政复议机关申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内，依照《中华人民共和国行政诉讼法》第四十五条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年7月3日
',NULL,'2026-12-06 03:06:46.004035');
INSERT INTO "letter" VALUES(54,24,'acknowledgement',NULL,'2025-07-03',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

山东罗庄建材有限公司：
　　本机关已于2025年7月3日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0024。
　　申请人：山东罗庄建材有限公司。
　　申请获取的政府信息：“2024年度辖区安全生产执法检查计划”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年7月31日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年7月3日
',NULL,'2026-12-06 03:06:46.004278');
INSERT INTO "letter" VALUES(55,25,'acknowledgement',NULL,'2025-07-15',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

山东罗庄建材有限公司：
　　本机关已于2025年7月15日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0025。
　　申请人：山东罗庄建材有限公司。
　　申请获取的政府信息：“某化工企业安全评价报告及备案情况”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年8月12日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年7月15日
',NULL,'2026-12-06 03:06:46.008529');
INSERT INTO "letter" VALUES(56,24,'reply','罗应急依申复〔2025〕17号','2025-07-17',5,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕17号

山东罗庄建材有限公司：
　　本机关于2025年7月3日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0024），您申请获取的政府信息为：“2024年度辖区安全生产执法检查计划”。
　　经审查，您申请获取的政府信息属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定向您提供该政府信息。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年7月17日
',NULL,'2026-12-06 03:06:46.008886');
INSERT INTO "letter" VALUES(57,25,'correction_notice',NULL,'2025-07-21',2,'临沂市罗庄区应急管理局

政府信息公开申请补正告知书

山东罗庄建材有限公司：
　　本机关于2025年7月15日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0025），您申请获取的政府信息为：“某化工企业安全评价报告及备案情况”。
　　经审查，您的申请内容不明确，本机关无法据此确定您所需的政府信息。根据《中华人民共和国政府信息公开条例》第二十九条、第三十条的规定，请您对下列事项作出补正（一次性告知）：
　　请明确所需信息的名称、文号或其他特征描述
　　请您于2025年8月4日前将补正后的申请提交本机关。您补正后，答复期限自本机关收到补正后的申请之日起重新计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年7月21日
',NULL,'2026-12-06 03:06:46.009144');
INSERT INTO "letter" VALUES(58,23,'extension_notice',NULL,'2025-07-22',5,'临沂市罗庄区应急管理局

政府信息公开申请延期答复告知书

临沂鑫源化工有限公司：
　　本机关于2025年6月10日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0023），您申请获取的政府信息为：“本局2025年部门预算及三公经费”。
　　因需调取档案，无法按期答复，本机关不能在规定期限内作出答复。经本机关政府信息公开工作机构负责人同意，根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，答复期限延长10个工作日，延长后的答复期限届满日为2025年8月8日。
　　特此告知。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年7月22日
',NULL,'2026-12-06 03:06:46.011133');
INSERT INTO "letter" VALUES(59,26,'acknowledgement',NULL,'2025-07-22',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

郭明：
　　本机关已于2025年7月22日收到您通过平常信函方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0026。
　　申请人：郭明（证件号码：371311198708302714）。
　　申请获取的政府信息：“某化工企业安全评价报告及备案情况”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年8月19日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年7月22日
',NULL,'2026-12-06 03:06:46.011459');
INSERT INTO "letter" VALUES(60,27,'acknowledgement',NULL,'2025-07-30',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

郭芳：
　　本机关已于2025年7月30日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0027。
　　申请人：郭芳（证件号码：371311196410036370）。
　　申请获取的政府信息：“应急避难场所建设情况”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年8月27日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年7月30日
',NULL,'2026-12-06 03:06:46.011700');
INSERT INTO "letter" VALUES(61,23,'reply','罗应急依申复〔2025〕18号','2025-07-31',8,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕18号

临沂鑫源化工有限公司：
　　本机关于2025年6月10日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0023），您申请获取的政府信息为：“本局2025年部门预算及三公经费”。
　　经审查，您申请获取的政府信息属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定向您提供该政府信息。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年7月31日
',NULL,'2026-12-06 03:06:46.011980');
INSERT INTO "letter" VALUES(62,28,'acknowledgement',NULL,'2025-07-31',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

临沂华兴物流有限公司：
　　本机关已于2025年7月31日收到您通过当面提交方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0028。
　　申请人：临沂华兴物流有限公司。
　　申请获取的政府信息：“某企业行政处罚决定书”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年8月28日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年7月31日
',NULL,'2026-12-06 03:06:46.012202');
INSERT INTO "letter" VALUES(63,25,'reply',NULL,'2025-08-05',3,'临沂市罗庄区应急管理局

政府信息公开申请终止处理告知书

山东罗庄建材有限公司：
　　本机关于2025年7月15日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0025），您申请获取的政府信息为：“某化工企业安全评价报告及备案情况”。
　　本机关已于2025年7月21日书面告知您对申请内容作出补正，补正期限至2025年8月4日。您无正当理由逾期未补正。根据《中华人民共和国政府信息公开条例》第三十条的规定，视为您放弃申请，本机关不再处理您的该项政府信息公开申请。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年8月5日
',NULL,'2026-12-06 03:06:46.012460');
INSERT INTO "letter" VALUES(64,29,'acknowledgement',NULL,'2025-08-05',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

高娜：
　　本机关已于2025年8月5日收到您通过电子邮件方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0029。
　　申请人：高娜（证件号码：371311196110043667）。
　　申请获取的政府信息：“某企业行政处罚决定书”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年9月2日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年8月5日
',NULL,'2026-12-06 03:06:46.016992');
INSERT INTO "letter" VALUES(65,26,'reply','罗应急依申复〔2025〕19号','2025-08-13',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕19号

郭明：
　　本机关于2025年7月22日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0026），您申请获取的政府信息为：“某化工企业安全评价报告及备案情况”。
　　经检索，本机关未制作或者获取过您申请获取的政府信息，该政府信息不存在。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，特此告知。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年8月13日
',NULL,'2026-12-06 03:06:46.017473');
INSERT INTO "letter" VALUES(66,27,'reply','罗应急依申复〔2025〕20号','2025-08-19',5,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕20号

郭芳：
　　本机关于2025年7月30日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0027），您申请获取的政府信息为：“应急避难场所建设情况”。
　　经审查，您申请获取的政府信息属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定向您提供该政府信息。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年8月19日
',NULL,'2026-12-06 03:06:46.017899');
INSERT INTO "letter" VALUES(67,29,'reply','罗应急依申复〔2025〕21号','2025-08-20',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕21号

高娜：
　　本机关于2025年8月5日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0029），您申请获取的政府信息为：“某企业行政处罚决定书”。
　　经审查，本机关已就您申请获取的政府信息作出答复，您重复申请公开相同的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（六）项的规定，本机关不予重复处理。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年8月20日
',NULL,'2026-12-06 03:06:46.019811');
INSERT INTO "letter" VALUES(68,30,'acknowledgement',NULL,'2025-08-20',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

郭强：
　　本机关已于2025年8月20日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0030。
　　申请人：郭强（证件号码：371311196605029912）。
　　申请获取的政府信息：“某化工企业安全评价报告及备案情况”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年9月17日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年8月20日
',NULL,'2026-12-06 03:06:46.020281');
INSERT INTO "letter" VALUES(69,28,'reply','罗应急依申复〔2025〕22号','2025-08-25',5,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕22号

临沂华兴物流有限公司：
　　本机关于2025年7月31日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0028），您申请获取的政府信息为：“某企业行政处罚决定书”。
　　经审查，您申请获取的政府信息属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定向您提供该政府信息。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年8月25日
',NULL,'2026-12-06 03:06:46.024781');
INSERT INTO "letter" VALUES(70,30,'consultation_letter',NULL,'2025-08-26',3,'临沂市罗庄区应急管理局

政府信息公开征求意见书

临沂华兴物流有限公司：
　　本机关于2025年8月20日收到一件政府信息公开申请（申请编号：罗应急-2025-0030），申请获取的政府信息为：“某化工企业安全评价报告及备案情况”。
　　经审查，该政府信息的公开可能损害贵方的合法权益。根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求贵方意见。
　　请于2025年9月16日前（自收到本征求意见书之日起十五个工作日内）书面提出意见，不同意公开的，请说明理由。逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年8月26日
',NULL,'2026-12-06 03:06:46.025139');
INSERT INTO "letter" VALUES(71,30,'consultation_notice_applicant',NULL,'2025-08-26',3,'临沂市罗庄区应急管理局

政府信息公开申请征求意见告知书

郭强：
　　本机关于2025年8月20日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0030），您申请获取的政府信息为：“某化工企业安全评价报告及备案情况”。
　　经审查，您申请获取的政府信息的公开可能损害第三方的合法权益，本机关已于2025年8月26日书面征求第三方的意见。
　　根据《中华人民共和国政府信息公开条例》第三十二条、第三十三条第三款的规定，征求意见所需时间不计算在答复期限内。本机关将在收到意见或者征求意见期限届满后，依法对您的申请作出答复。
　　特此告知。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年8月26日
',NULL,'2026-12-06 03:06:46.025266');
INSERT INTO "letter" VALUES(72,31,'acknowledgement',NULL,'2025-09-02',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

临沂华兴物流有限公司：
　　本机关已于2025年9月2日收到您通过邮寄（需签收）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0031。
　　申请人：临沂华兴物流有限公司。
　　申请获取的政府信息：“某企业行政处罚决定书”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年9月29日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年9月2日
',NULL,'2026-12-06 03:06:46.025600');
INSERT INTO "letter" VALUES(73,30,'reply','罗应急依申复〔2025〕23号','2025-09-17',7,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕23号

郭强：
　　本机关于2025年8月20日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0030），您申请获取的政府信息为：“某化工企业安全评价报告及备案情况”。
　　经审查，您申请获取的政府信息属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定向您提供该政府信息。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年9月17日
',NULL,'2026-12-06 03:06:46.026074');
INSERT INTO "letter" VALUES(74,31,'reply','罗应急依申复〔2025〕24号','2025-09-18',5,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕24号

临沂华兴物流有限公司：
　　本机关于2025年9月2日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0031），您申请获取的政府信息为：“某企业行政处罚决定书”。
　　经审查，您申请获取的政府信息属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定向您提供该政府信息。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年9月18日
',NULL,'2026-12-06 03:06:46.026523');
INSERT INTO "letter" VALUES(75,32,'acknowledgement',NULL,'2025-09-24',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

郭桂兰：
　　本机关已于2025年9月24日收到您通过邮寄（需签收）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0032。
　　申请人：郭桂兰（证件号码：37131119660223307X）。
　　申请获取的政府信息：“某建设项目安全设施竣工验收意见”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年10月28日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年9月24日
',NULL,'2026-12-06 03:06:46.026829');
INSERT INTO "letter" VALUES(76,32,'reply','罗应急依申复〔2025〕25号','2025-10-17',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕25号

郭桂兰：
　　本机关于2025年9月24日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0032），您申请获取的政府信息为：“某建设项目安全设施竣工验收意见”。
　　经审查，您申请获取的政府信息不属于本机关负责公开。根据《中华人民共和国政府信息公开条例》第三十六条第（五）项的规定，特此告知。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年10月17日
',NULL,'2026-12-06 03:06:46.027230');
INSERT INTO "letter" VALUES(77,33,'acknowledgement',NULL,'2025-10-21',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

罗庄区顺达运输有限公司：
　　本机关已于2025年10月21日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0033。
　　申请人：罗庄区顺达运输有限公司。
　　申请获取的政府信息：“防汛抗旱应急预案”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年11月18日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年10月21日
',NULL,'2026-12-06 03:06:46.027502');
INSERT INTO "letter" VALUES(78,34,'acknowledgement',NULL,'2025-10-22',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

吴伟：
　　本机关已于2025年10月22日收到您通过平常信函方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0034。
　　申请人：吴伟（证件号码：371311199102060874）。
　　申请获取的政府信息：“2024年度辖区安全生产执法检查计划”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年11月19日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年10月22日
',NULL,'2026-12-06 03:06:46.032972');
INSERT INTO "letter" VALUES(79,35,'acknowledgement',NULL,'2025-10-24',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

周磊：
　　本机关已于2025年10月24日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0035。
　　申请人：周磊（证件号码：371311195512114101）。
　　申请获取的政府信息：“应急避难场所建设情况”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年11月21日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年10月24日
',NULL,'2026-12-06 03:06:46.033284');
INSERT INTO "letter" VALUES(80,36,'acknowledgement',NULL,'2025-10-28',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

何敏：
　　本机关已于2025年10月28日收到您通过口头申请（代为填写）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0036。
　　申请人：何敏（证件号码：371311198305061709）。
　　申请获取的政府信息：“辖区危险化学品经营许可名单”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年11月25日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年10月28日
',NULL,'2026-12-06 03:06:46.033548');
INSERT INTO "letter" VALUES(81,35,'consultation_letter',NULL,'2025-10-31',3,'临沂市罗庄区应急管理局

政府信息公开征求意见书

临沂鑫源化工有限公司：
　　本机关于2025年10月24日收到一件政府信息公开申请（申请编号：罗应急-2025-0035），申请获取的政府信息为：“应急避难场所建设情况”。
　　经审查，该政府信息的公开可能损害贵方的合法权益。根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求贵方意见。
　　请于2025年11月21日前（自收到本征求意见书之日起十五个工作日内）书面提出意见，不同意公开的，请说明理由。逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年10月31日
',NULL,'2026-12-06 03:06:46.033783');
INSERT INTO "letter" VALUES(82,35,'consultation_notice_applicant',NULL,'2025-10-31',3,'临沂市罗庄区应急管理局

政府信息公开申请征求意见告知书

周磊：
　　本机关于2025年10月24日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0035），您申请获取的政府信息为：“应急避难场所建设情况”。
　　经审查，您申请获取的政府信息的公开可能损害第三方的合法权益，本机关已于2025年10月31日书面征求第三方的意见。
　　根据《中华人民共和国政府信息公开条例》第三十二条、第三十三条第三款的规定，征求意见所需时间不计算在答复期限内。本机关将在收到意见或者征求意见期限届满后，依法对您的申请作出答复。
　　特此告知。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年10月31日
',NULL,'2026-12-06 03:06:46.033890');
INSERT INTO "letter" VALUES(83,34,'reply','罗应急依申复〔2025〕26号','2025-11-06',5,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕26号

吴伟：
　　本机关于2025年10月22日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0034），您申请获取的政府信息为：“2024年度辖区安全生产执法检查计划”。
　　经审查，您申请获取的政府信息属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定向您提供该政府信息。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年11月6日
',NULL,'2026-12-06 03:06:46.034161');
INSERT INTO "letter" VALUES(84,37,'acknowledgement',NULL,'2025-11-14',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

林明：
　　本机关已于2025年11月14日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0037。
　　申请人：林明（证件号码：371311199403117467）。
　　申请获取的政府信息：“防汛抗旱应急预案”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2025年12月12日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年11月14日
',NULL,'2026-12-06 03:06:46.034390');
INSERT INTO "letter" VALUES(85,36,'extension_notice',NULL,'2025-11-20',3,'临沂市罗庄区应急管理局

政府信息公开申请延期答复告知书

何敏：
　　本机关于2025年10月28日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0036），您申请获取的政府信息为：“辖区危险化学品经营许可名单”。
　　因需调取档案，无法按期答复，本机关不能在规定期限内作出答复。经本机关政府信息公开工作机构负责人同意，根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，答复期限延长20个工作日，延长后的答复期限届满日为2025年12月23日。
　　特此告知。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年11月20日
',NULL,'2026-12-06 03:06:46.034613');
INSERT INTO "letter" VALUES(86,33,'reply','罗应急依申复〔2025〕27号','2025-11-24',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕27号

罗庄区顺达运输有限公司：
　　本机关于2025年10月21日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0033），您申请获取的政府信息为：“防汛抗旱应急预案”。
　　经检索，本机关未制作或者获取过您申请获取的政府信息，该政府信息不存在。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，特此告知。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年11月24日
',NULL,'2026-12-06 03:06:46.034873');
INSERT INTO "letter" VALUES(87,37,'reply','罗应急依申复〔2025〕28号','2025-12-02',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕28号

林明：
　　本机关于2025年11月14日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0037），您申请获取的政府信息为：“防汛抗旱应急预案”。
　　经检索，本机关未制作或者获取过您申请获取的政府信息，该政府信息不存在。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，特此告知。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年12月2日
',NULL,'2026-12-06 03:06:46.035127');
INSERT INTO "letter" VALUES(88,35,'reply','罗应急依申复〔2025〕29号','2025-12-05',7,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕29号

周磊：
　　本机关于2025年10月24日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0035），您申请获取的政府信息为：“应急避难场所建设情况”。
　　经审查，您申请获取的政府信息中含有不应当公开的内容，但是能够作区分处理。根据《中华人民共和国政府信息公开条例》第三十七条的规定，本机关决定向您提供可以公开的政府信息内容，对不予公开的内容说明理由如下：
　　该部分内容涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害，根据《中华人民共和国政府信息公开条例》第十五条的规定，不予公开。
　　其中涉及的企业负责人姓名、联系方式属于个人信息，已作遮盖处理。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议。根据《中华人民共和国行政复议法》第二十三条的规定，对行政机关不予公开政府信息的决定不服的，应当先向行政复议机关申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内，依照《中华人民共和国行政诉讼法》第四十五条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年12月5日
',NULL,'2026-12-06 03:06:46.035510');
INSERT INTO "letter" VALUES(89,38,'acknowledgement',NULL,'2025-12-08',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

赵超：
　　本机关已于2025年12月8日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0038。
　　申请人：赵超（证件号码：371311195001112163）。
　　申请获取的政府信息：“本局2025年部门预算及三公经费”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2026年1月6日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年12月8日
',NULL,'2026-12-06 03:06:46.035746');
INSERT INTO "letter" VALUES(90,36,'reply','罗应急依申复〔2025〕30号','2025-12-10',6,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2025〕30号

何敏：
　　本机关于2025年10月28日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0036），您申请获取的政府信息为：“辖区危险化学品经营许可名单”。
　　经审查，您申请获取的政府信息属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定向您提供该政府信息。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年12月10日
',NULL,'2026-12-06 03:06:46.036034');
INSERT INTO "letter" VALUES(91,38,'consultation_letter',NULL,'2025-12-10',3,'临沂市罗庄区应急管理局

政府信息公开征求意见书

临沂鑫源化工有限公司：
　　本机关于2025年12月8日收到一件政府信息公开申请（申请编号：罗应急-2025-0038），申请获取的政府信息为：“本局2025年部门预算及三公经费”。
　　经审查，该政府信息的公开可能损害贵方的合法权益。根据《中华人民共和国政府信息公开条例》第三十二条的规定，现书面征求贵方意见。
　　请于2025年12月31日前（自收到本征求意见书之日起十五个工作日内）书面提出意见，不同意公开的，请说明理由。逾期未提出意见的，由本机关依照《中华人民共和国政府信息公开条例》的规定决定是否公开。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年12月10日
',NULL,'2026-12-06 03:06:46.036273');
INSERT INTO "letter" VALUES(92,38,'consultation_notice_applicant',NULL,'2025-12-10',3,'临沂市罗庄区应急管理局

政府信息公开申请征求意见告知书

赵超：
　　本机关于2025年12月8日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0038），您申请获取的政府信息为：“本局2025年部门预算及三公经费”。
　　经审查，您申请获取的政府信息的公开可能损害第三方的合法权益，本机关已于2025年12月10日书面征求第三方的意见。
　　根据《中华人民共和国政府信息公开条例》第三十二条、第三十三条第三款的规定，征求意见所需时间不计算在答复期限内。本机关将在收到意见或者征求意见期限届满后，依法对您的申请作出答复。
　　特此告知。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年12月10日
',NULL,'2026-12-06 03:06:46.036376');
INSERT INTO "letter" VALUES(93,39,'acknowledgement',NULL,'2025-12-22',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

刘磊：
　　本机关已于2025年12月22日收到您通过邮寄（需签收）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0039。
　　申请人：刘磊（证件号码：371311199210209920）。
　　申请获取的政府信息：“2024年度辖区安全生产执法检查计划”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2026年1月20日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年12月22日
',NULL,'2026-12-06 03:06:46.036640');
INSERT INTO "letter" VALUES(94,40,'acknowledgement',NULL,'2025-12-24',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

周超：
　　本机关已于2025年12月24日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2025-0040。
　　申请人：周超（证件号码：371311195509263384）。
　　申请获取的政府信息：“辖区危险化学品经营许可名单”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2026年1月22日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年12月24日
',NULL,'2026-12-06 03:06:46.036882');
INSERT INTO "letter" VALUES(95,40,'reply',NULL,'2025-12-30',3,'临沂市罗庄区应急管理局

政府信息公开申请终止处理告知书

周超：
　　本机关于2025年12月24日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0040），您申请获取的政府信息为：“辖区危险化学品经营许可名单”。
　　您已于2025年12月30日以申请人书面撤回方式撤回该申请，本机关终止处理您的该项政府信息公开申请。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2025年12月30日
',NULL,'2026-12-06 03:06:46.037129');
INSERT INTO "letter" VALUES(96,39,'reply','罗应急依申复〔2026〕1号','2026-01-08',4,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2026〕1号

刘磊：
　　本机关于2025年12月22日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0039），您申请获取的政府信息为：“2024年度辖区安全生产执法检查计划”。
　　经审查，您以政府信息公开申请的形式进行信访、投诉、举报等活动。根据《中华人民共和国政府信息公开条例》第三十九条第一款的规定，本机关对您的申请不作为政府信息公开申请处理，您可以通过信访、投诉、举报等相应渠道提出。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2026年1月8日
',NULL,'2026-12-06 03:06:46.037377');
INSERT INTO "letter" VALUES(97,38,'reply','罗应急依申复〔2026〕2号','2026-01-16',7,'临沂市罗庄区应急管理局

政府信息公开申请答复书
罗应急依申复〔2026〕2号

赵超：
　　本机关于2025年12月8日收到您提出的政府信息公开申请（申请编号：罗应急-2025-0038），您申请获取的政府信息为：“本局2025年部门预算及三公经费”。
　　经审查，您申请获取的政府信息属于本机关负责公开的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，本机关决定向您提供该政府信息。
　　如对本答复不服，可以自收到本答复之日起六十日内，依照《中华人民共和国行政复议法》第二十条的规定向临沂市罗庄区人民政府申请行政复议，或者自收到本答复之日起六个月内，依照《中华人民共和国行政诉讼法》第四十六条的规定向临沂市罗庄区人民法院提起行政诉讼。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2026年1月16日
',NULL,'2026-12-06 03:06:46.037626');
INSERT INTO "letter" VALUES(98,41,'acknowledgement',NULL,'2026-12-02',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

徐军：
　　本机关已于2026年12月2日收到您通过平常信函方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2026-0001。
　　申请人：徐军（证件号码：371311196506201908）。
　　申请获取的政府信息：“本局2025年部门预算及三公经费”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2026年12月30日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2026年12月2日
',NULL,'2026-12-06 03:06:46.037845');
INSERT INTO "letter" VALUES(99,42,'acknowledgement',NULL,'2026-11-27',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

刘杰：
　　本机关已于2026年11月27日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2026-0002。
　　申请人：刘杰（证件号码：371311197403041379）。
　　申请获取的政府信息：“2024年度辖区安全生产执法检查计划”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2026年12月25日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2026年11月27日
',NULL,'2026-12-06 03:06:46.038055');
INSERT INTO "letter" VALUES(100,43,'acknowledgement',NULL,'2026-11-24',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

张伟：
　　本机关已于2026年11月24日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2026-0003。
　　申请人：张伟（证件号码：371311196409030297）。
　　申请获取的政府信息：“辖区危险化学品经营许可名单”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2026年12月22日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2026年11月24日
',NULL,'2026-12-06 03:06:46.038252');
INSERT INTO "letter" VALUES(101,44,'acknowledgement',NULL,'2026-11-19',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

徐芳：
　　本机关已于2026年11月19日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2026-0004。
　　申请人：徐芳（证件号码：371311197504295132）。
　　申请获取的政府信息：“某建设项目安全设施竣工验收意见”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2026年12月17日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2026年11月19日
',NULL,'2026-12-06 03:06:46.038463');
INSERT INTO "letter" VALUES(102,45,'acknowledgement',NULL,'2026-11-16',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

马伟：
　　本机关已于2026年11月16日收到您通过邮寄（需签收）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2026-0005。
　　申请人：马伟（证件号码：371311195102200496）。
　　申请获取的政府信息：“某建设项目安全设施竣工验收意见”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2026年12月14日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2026年11月16日
',NULL,'2026-12-06 03:06:46.038660');
INSERT INTO "letter" VALUES(103,46,'acknowledgement',NULL,'2026-11-11',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

山东罗庄建材有限公司：
　　本机关已于2026年11月11日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2026-0006。
　　申请人：山东罗庄建材有限公司。
　　申请获取的政府信息：“某化工企业安全评价报告及备案情况”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2026年12月9日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2026年11月11日
',NULL,'2026-12-06 03:06:46.038855');
INSERT INTO "letter" VALUES(104,47,'acknowledgement',NULL,'2026-11-06',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

高涛：
　　本机关已于2026年11月6日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2026-0007。
　　申请人：高涛（证件号码：371311195807071217）。
　　申请获取的政府信息：“某企业行政处罚决定书”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2026年12月4日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2026年11月6日
',NULL,'2026-12-06 03:06:46.039062');
INSERT INTO "letter" VALUES(105,48,'acknowledgement',NULL,'2026-11-03',1,'临沂市罗庄区应急管理局

政府信息公开申请接收回执

何强：
　　本机关已于2026年11月3日收到您通过互联网（网上申请）方式提出的政府信息公开申请，现出具本回执。
　　申请编号：罗应急-2026-0008。
　　申请人：何强（证件号码：371311195501096171）。
　　申请获取的政府信息：“本局2025年部门预算及三公经费”。
　　本机关将依照《中华人民共和国政府信息公开条例》第三十一条、第三十三条的规定，自收到申请之日起在法定期限内作出答复，答复期限届满日为2026年12月1日。需要补正、征求意见或者收取信息处理费的，本机关将另行书面告知，相应期间依法不计算在答复期限内。
　　联系电话：0539-8246747；通讯地址：罗庄区双月园路11号。

临沂市罗庄区应急管理局
临沂市罗庄区应急管理局（印章）
2026年11月3日
',NULL,'2026-12-06 03:06:46.039299');
CREATE TABLE letter_counter (
	agency_id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	last_no INTEGER NOT NULL, 
	CONSTRAINT pk_letter_counter PRIMARY KEY (agency_id, year), 
	CONSTRAINT fk_letter_counter_agency_id_agency FOREIGN KEY(agency_id) REFERENCES agency (id)
);
INSERT INTO "letter_counter" VALUES(2,2025,30);
INSERT INTO "letter_counter" VALUES(2,2026,2);
CREATE TABLE letter_request (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	event_seq INTEGER NOT NULL, 
	kinds JSON NOT NULL, 
	facts JSON NOT NULL, 
	attempts INTEGER NOT NULL, 
	last_error TEXT, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_letter_request PRIMARY KEY (id), 
	CONSTRAINT fk_letter_request_case_id_disclosure_case FOREIGN KEY(case_id) REFERENCES disclosure_case (id)
);
CREATE TABLE outbox (
	id INTEGER NOT NULL, 
	idempotency_key VARCHAR(128) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	case_id INTEGER, 
	recipient_user_id INTEGER, 
	channel VARCHAR(16) NOT NULL, 
	address VARCHAR(300), 
	template VARCHAR(100) NOT NULL, 
	context JSON NOT NULL, 
	subject VARCHAR(300), 
	status VARCHAR(16) NOT NULL, 
	attempts INTEGER NOT NULL, 
	next_attempt_at DATETIME NOT NULL, 
	claimed_until DATETIME, 
	last_error TEXT, 
	created_at DATETIME NOT NULL, 
	sent_at DATETIME, 
	CONSTRAINT pk_outbox PRIMARY KEY (id), 
	CONSTRAINT fk_outbox_case_id_disclosure_case FOREIGN KEY(case_id) REFERENCES disclosure_case (id), 
	CONSTRAINT fk_outbox_recipient_user_id_app_user FOREIGN KEY(recipient_user_id) REFERENCES app_user (id), 
	CONSTRAINT uq_outbox_idempotency_key UNIQUE (idempotency_key)
);
INSERT INTO "outbox" VALUES(1,'alert:1:2','alert',4,2,'file',NULL,'alert','{"alert_id":1,"level":"before_due_3","case_no":"罗应急-2025-0004","due":"2025-02-20","as_of":"2025-02-17"}',NULL,'sent',0,'2026-12-06 03:06:42.235314',NULL,NULL,'2026-12-06 03:06:42.235314','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(2,'alert:2:2','alert',3,2,'file',NULL,'alert','{"alert_id":2,"level":"before_due_3","case_no":"罗应急-2025-0003","due":"2025-02-24","as_of":"2025-02-19"}',NULL,'sent',0,'2026-12-06 03:06:42.267683',NULL,NULL,'2026-12-06 03:06:42.267683','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(3,'alert:3:2','alert',6,2,'file',NULL,'alert','{"alert_id":3,"level":"before_due_3","case_no":"罗应急-2025-0006","due":"2025-02-27","as_of":"2025-02-24"}',NULL,'sent',0,'2026-12-06 03:06:42.312177',NULL,NULL,'2026-12-06 03:06:42.312177','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(4,'alert:4:2','alert',10,2,'file',NULL,'alert','{"alert_id":4,"level":"before_due_3","case_no":"罗应急-2025-0010","due":"2025-03-12","as_of":"2025-03-10"}',NULL,'sent',0,'2026-12-06 03:06:42.432374',NULL,NULL,'2026-12-06 03:06:42.432374','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(5,'alert:5:2','alert',13,2,'file',NULL,'alert','{"alert_id":5,"level":"correction_period_over","case_no":"罗应急-2025-0013","due":"2025-04-03","as_of":"2025-04-07"}',NULL,'sent',0,'2026-12-06 03:06:42.871847',NULL,NULL,'2026-12-06 03:06:42.871847','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(6,'alert:6:2','alert',14,2,'file',NULL,'alert','{"alert_id":6,"level":"correction_period_over","case_no":"罗应急-2025-0014","due":"2025-04-08","as_of":"2025-04-09"}',NULL,'sent',0,'2026-12-06 03:06:42.934938',NULL,NULL,'2026-12-06 03:06:42.934938','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(7,'alert:7:2','alert',15,2,'file',NULL,'alert','{"alert_id":7,"level":"before_due_3","case_no":"罗应急-2025-0015","due":"2025-04-23","as_of":"2025-04-18"}',NULL,'sent',0,'2026-12-06 03:06:42.996336',NULL,NULL,'2026-12-06 03:06:42.996336','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(8,'alert:8:2','alert',17,2,'file',NULL,'alert','{"alert_id":8,"level":"before_due_3","case_no":"罗应急-2025-0017","due":"2025-04-29","as_of":"2025-04-25"}',NULL,'sent',0,'2026-12-06 03:06:43.135967',NULL,NULL,'2026-12-06 03:06:43.135967','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(9,'alert:9:2','alert',23,2,'file',NULL,'alert','{"alert_id":9,"level":"before_due_3","case_no":"罗应急-2025-0023","due":"2025-07-25","as_of":"2025-07-22"}',NULL,'sent',0,'2026-12-06 03:06:43.634922',NULL,NULL,'2026-12-06 03:06:43.634922','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(10,'alert:10:2','alert',25,2,'file',NULL,'alert','{"alert_id":10,"level":"correction_period_over","case_no":"罗应急-2025-0025","due":"2025-08-04","as_of":"2025-08-05"}',NULL,'sent',0,'2026-12-06 03:06:43.779420',NULL,NULL,'2026-12-06 03:06:43.779420','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(11,'alert:11:2','alert',28,2,'file',NULL,'alert','{"alert_id":11,"level":"before_due_3","case_no":"罗应急-2025-0028","due":"2025-08-28","as_of":"2025-08-25"}',NULL,'sent',0,'2026-12-06 03:06:44.085112',NULL,NULL,'2026-12-06 03:06:44.085112','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(12,'alert:12:2','alert',33,2,'file',NULL,'alert','{"alert_id":12,"level":"before_due_3","case_no":"罗应急-2025-0033","due":"2025-11-18","as_of":"2025-11-14"}',NULL,'sent',0,'2026-12-06 03:06:44.836840',NULL,NULL,'2026-12-06 03:06:44.836840','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(13,'alert:13:2','alert',33,2,'file',NULL,'alert','{"alert_id":13,"level":"internal_target","case_no":"罗应急-2025-0033","due":"2025-11-18","as_of":"2025-11-17"}',NULL,'sent',0,'2026-12-06 03:06:44.862777',NULL,NULL,'2026-12-06 03:06:44.862777','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(14,'alert:14:2','alert',33,2,'file',NULL,'alert','{"alert_id":14,"level":"overdue","case_no":"罗应急-2025-0033","due":"2025-11-18","as_of":"2025-11-19"}',NULL,'sent',0,'2026-12-06 03:06:44.895776',NULL,NULL,'2026-12-06 03:06:44.895776','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(15,'alert:14:4','alert',33,4,'file',NULL,'overdue_escalation','{"alert_id":14,"level":"overdue","case_no":"罗应急-2025-0033","due":"2025-11-18","as_of":"2025-11-19"}',NULL,'sent',0,'2026-12-06 03:06:44.895776',NULL,NULL,'2026-12-06 03:06:44.895776','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(16,'alert:14:5','alert',33,5,'file',NULL,'overdue_escalation','{"alert_id":14,"level":"overdue","case_no":"罗应急-2025-0033","due":"2025-11-18","as_of":"2025-11-19"}',NULL,'sent',0,'2026-12-06 03:06:44.895776',NULL,NULL,'2026-12-06 03:06:44.895776','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(17,'alert:16:2','alert',36,2,'file',NULL,'alert','{"alert_id":16,"level":"before_due_3","case_no":"罗应急-2025-0036","due":"2025-11-25","as_of":"2025-11-20"}',NULL,'sent',0,'2026-12-06 03:06:44.932278',NULL,NULL,'2026-12-06 03:06:44.932278','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(18,'alert:17:2','alert',35,2,'file',NULL,'alert','{"alert_id":17,"level":"consultation_overdue","case_no":"罗应急-2025-0035","due":"2025-11-21","as_of":"2025-11-24"}',NULL,'sent',0,'2026-12-06 03:06:44.960331',NULL,NULL,'2026-12-06 03:06:44.960331','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(19,'alert:18:2','alert',46,2,'file',NULL,'alert','{"alert_id":18,"level":"before_due_3","case_no":"罗应急-2026-0006","due":"2026-12-09","as_of":"2026-12-06"}',NULL,'sent',0,'2026-12-06 03:06:45.691638',NULL,NULL,'2026-12-06 03:06:45.691638','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(20,'alert:19:2','alert',48,2,'file',NULL,'alert','{"alert_id":19,"level":"overdue","case_no":"罗应急-2026-0008","due":"2026-12-01","as_of":"2026-12-06"}',NULL,'sent',0,'2026-12-06 03:06:45.691638',NULL,NULL,'2026-12-06 03:06:45.691638','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(21,'alert:20:2','alert',47,2,'file',NULL,'alert','{"alert_id":20,"level":"overdue","case_no":"罗应急-2026-0007","due":"2026-12-04","as_of":"2026-12-06"}',NULL,'sent',0,'2026-12-06 03:06:45.691638',NULL,NULL,'2026-12-06 03:06:45.691638','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(22,'alert:21:2','alert',48,2,'file',NULL,'alert','{"alert_id":21,"level":"correction_notice_closing","case_no":"罗应急-2026-0008","due":"2026-11-12","as_of":"2026-12-06"}',NULL,'sent',0,'2026-12-06 03:06:45.691638',NULL,NULL,'2026-12-06 03:06:45.691638','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(23,'alert:22:2','alert',46,2,'file',NULL,'alert','{"alert_id":22,"level":"correction_notice_closing","case_no":"罗应急-2026-0006","due":"2026-11-20","as_of":"2026-12-06"}',NULL,'sent',0,'2026-12-06 03:06:45.691638',NULL,NULL,'2026-12-06 03:06:45.691638','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(24,'alert:23:2','alert',44,2,'file',NULL,'alert','{"alert_id":23,"level":"correction_notice_closing","case_no":"罗应急-2026-0004","due":"2026-11-30","as_of":"2026-12-06"}',NULL,'sent',0,'2026-12-06 03:06:45.691638',NULL,NULL,'2026-12-06 03:06:45.691638','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(25,'alert:24:2','alert',42,2,'file',NULL,'alert','{"alert_id":24,"level":"correction_notice_closing","case_no":"罗应急-2026-0002","due":"2026-12-08","as_of":"2026-12-06"}',NULL,'sent',0,'2026-12-06 03:06:45.691638',NULL,NULL,'2026-12-06 03:06:45.691638','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(26,'alert:19:4','alert',48,4,'file',NULL,'overdue_escalation','{"alert_id":19,"level":"overdue","case_no":"罗应急-2026-0008","due":"2026-12-01","as_of":"2026-12-06"}',NULL,'sent',0,'2026-12-06 03:06:45.691638',NULL,NULL,'2026-12-06 03:06:45.691638','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(27,'alert:19:5','alert',48,5,'file',NULL,'overdue_escalation','{"alert_id":19,"level":"overdue","case_no":"罗应急-2026-0008","due":"2026-12-01","as_of":"2026-12-06"}',NULL,'sent',0,'2026-12-06 03:06:45.691638',NULL,NULL,'2026-12-06 03:06:45.691638','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(28,'alert:20:4','alert',47,4,'file',NULL,'overdue_escalation','{"alert_id":20,"level":"overdue","case_no":"罗应急-2026-0007","due":"2026-12-04","as_of":"2026-12-06"}',NULL,'sent',0,'2026-12-06 03:06:45.691638',NULL,NULL,'2026-12-06 03:06:45.691638','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(29,'alert:20:5','alert',47,5,'file',NULL,'overdue_escalation','{"alert_id":20,"level":"overdue","case_no":"罗应急-2026-0007","due":"2026-12-04","as_of":"2026-12-06"}',NULL,'sent',0,'2026-12-06 03:06:45.691638',NULL,NULL,'2026-12-06 03:06:45.691638','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(30,'letter:罗应急-2025-0001:acknowledgement:1','letter',1,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0001", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 1, "letter_no": null, "issued_on": "2025-01-02", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0001 acknowledgement --id 1 --format docx", "case": {"case_no": "罗应急-2025-0001", "applicant_name": "高*", "applicant_type": "natural_person", "id_number": "3713**********1243", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0001 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.923584',NULL,NULL,'2026-12-06 03:06:45.923584','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(31,'letter:罗应急-2025-0001:reply:3','letter',1,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0001", "letter_kind": "reply", "title": "政府信息公开申请终止处理告知书", "letter_id": 2, "letter_no": null, "issued_on": "2025-01-07", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0001 reply --id 2 --format docx", "case": {"case_no": "罗应急-2025-0001", "applicant_name": "高*", "applicant_type": "natural_person", "id_number": "3713**********1243", "state": "closed", "state_label": "已终止"}}','【文书待发】罗应急-2025-0001 政府信息公开申请终止处理告知书','sent',0,'2026-12-06 03:06:45.939914',NULL,NULL,'2026-12-06 03:06:45.939914','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(32,'letter:罗应急-2025-0002:acknowledgement:1','letter',2,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0002", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 3, "letter_no": null, "issued_on": "2025-01-10", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0002 acknowledgement --id 3 --format docx", "case": {"case_no": "罗应急-2025-0002", "applicant_name": "马*", "applicant_type": "natural_person", "id_number": "3713**********8184", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0002 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.944665',NULL,NULL,'2026-12-06 03:06:45.944665','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(33,'letter:罗应急-2025-0003:acknowledgement:1','letter',3,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0003", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 4, "letter_no": null, "issued_on": "2025-01-13", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0003 acknowledgement --id 4 --format docx", "case": {"case_no": "罗应急-2025-0003", "applicant_name": "山东罗庄建材有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0003 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.945228',NULL,NULL,'2026-12-06 03:06:45.945228','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(34,'letter:罗应急-2025-0003:consultation_letter:3','letter',3,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0003", "letter_kind": "consultation_letter", "title": "政府信息公开征求意见书", "letter_id": 5, "letter_no": null, "issued_on": "2025-01-17", "to_party": "临沂华兴物流有限公司", "error": null, "command": "disclosure letter 罗应急-2025-0003 consultation_letter --id 5 --format docx", "case": {"case_no": "罗应急-2025-0003", "applicant_name": "山东罗庄建材有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "consulting", "state_label": "征求意见中"}}','【文书待发】罗应急-2025-0003 政府信息公开征求意见书','sent',0,'2026-12-06 03:06:45.947530',NULL,NULL,'2026-12-06 03:06:45.947530','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(35,'letter:罗应急-2025-0003:consultation_notice_applicant:3','letter',3,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0003", "letter_kind": "consultation_notice_applicant", "title": "政府信息公开申请征求意见告知书", "letter_id": 6, "letter_no": null, "issued_on": "2025-01-17", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0003 consultation_notice_applicant --id 6 --format docx", "case": {"case_no": "罗应急-2025-0003", "applicant_name": "山东罗庄建材有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "consulting", "state_label": "征求意见中"}}','【文书待发】罗应急-2025-0003 政府信息公开申请征求意见告知书','sent',0,'2026-12-06 03:06:45.953342',NULL,NULL,'2026-12-06 03:06:45.953342','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(36,'letter:罗应急-2025-0004:acknowledgement:1','letter',4,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0004", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 7, "letter_no": null, "issued_on": "2025-01-17", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0004 acknowledgement --id 7 --format docx", "case": {"case_no": "罗应急-2025-0004", "applicant_name": "山东罗庄建材有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0004 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.953785',NULL,NULL,'2026-12-06 03:06:45.953785','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(37,'letter:罗应急-2025-0005:acknowledgement:1','letter',5,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0005", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 8, "letter_no": null, "issued_on": "2025-01-20", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0005 acknowledgement --id 8 --format docx", "case": {"case_no": "罗应急-2025-0005", "applicant_name": "山东罗庄建材有限公司", "applicant_type": "legal_service_org", "id_number": null, "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0005 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.954102',NULL,NULL,'2026-12-06 03:06:45.954102','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(38,'letter:罗应急-2025-0002:reply:4','letter',2,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0002", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 9, "letter_no": "罗应急依申复〔2025〕1号", "issued_on": "2025-01-24", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0002 reply --id 9 --format docx", "case": {"case_no": "罗应急-2025-0002", "applicant_name": "马*", "applicant_type": "natural_person", "id_number": "3713**********8184", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0002 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:45.955610',NULL,NULL,'2026-12-06 03:06:45.955610','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(39,'letter:罗应急-2025-0006:acknowledgement:1','letter',6,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0006", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 10, "letter_no": null, "issued_on": "2025-01-24", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0006 acknowledgement --id 10 --format docx", "case": {"case_no": "罗应急-2025-0006", "applicant_name": "孙*", "applicant_type": "natural_person", "id_number": "3713**********9539", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0006 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.955962',NULL,NULL,'2026-12-06 03:06:45.955962','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(40,'letter:罗应急-2025-0007:acknowledgement:1','letter',7,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0007", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 11, "letter_no": null, "issued_on": "2025-01-26", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0007 acknowledgement --id 11 --format docx", "case": {"case_no": "罗应急-2025-0007", "applicant_name": "徐*", "applicant_type": "natural_person", "id_number": "3713**********3391", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0007 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.956226',NULL,NULL,'2026-12-06 03:06:45.956226','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(41,'letter:罗应急-2025-0008:acknowledgement:1','letter',8,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0008", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 12, "letter_no": null, "issued_on": "2025-02-07", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0008 acknowledgement --id 12 --format docx", "case": {"case_no": "罗应急-2025-0008", "applicant_name": "杨**", "applicant_type": "natural_person", "id_number": "3713**********8740", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0008 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.956449',NULL,NULL,'2026-12-06 03:06:45.956449','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(42,'letter:罗应急-2025-0005:reply:4','letter',5,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0005", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 13, "letter_no": "罗应急依申复〔2025〕2号", "issued_on": "2025-02-11", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0005 reply --id 13 --format docx", "case": {"case_no": "罗应急-2025-0005", "applicant_name": "山东罗庄建材有限公司", "applicant_type": "legal_service_org", "id_number": null, "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0005 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:45.962112',NULL,NULL,'2026-12-06 03:06:45.962112','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(43,'letter:罗应急-2025-0009:acknowledgement:1','letter',9,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0009", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 14, "letter_no": null, "issued_on": "2025-02-12", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0009 acknowledgement --id 14 --format docx", "case": {"case_no": "罗应急-2025-0009", "applicant_name": "马*", "applicant_type": "natural_person", "id_number": "3713**********4692", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0009 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.962447',NULL,NULL,'2026-12-06 03:06:45.962447','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(44,'letter:罗应急-2025-0010:acknowledgement:1','letter',10,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0010", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 15, "letter_no": null, "issued_on": "2025-02-12", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0010 acknowledgement --id 15 --format docx", "case": {"case_no": "罗应急-2025-0010", "applicant_name": "王**", "applicant_type": "natural_person", "id_number": "3713**********9677", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0010 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.962690',NULL,NULL,'2026-12-06 03:06:45.962690','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(45,'letter:罗应急-2025-0009:reply:3','letter',9,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0009", "letter_kind": "reply", "title": "政府信息公开申请终止处理告知书", "letter_id": 16, "letter_no": null, "issued_on": "2025-02-14", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0009 reply --id 16 --format docx", "case": {"case_no": "罗应急-2025-0009", "applicant_name": "马*", "applicant_type": "natural_person", "id_number": "3713**********4692", "state": "closed", "state_label": "已终止"}}','【文书待发】罗应急-2025-0009 政府信息公开申请终止处理告知书','sent',0,'2026-12-06 03:06:45.962976',NULL,NULL,'2026-12-06 03:06:45.962976','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(46,'letter:罗应急-2025-0004:reply:5','letter',4,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0004", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 17, "letter_no": "罗应急依申复〔2025〕3号", "issued_on": "2025-02-17", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0004 reply --id 17 --format docx", "case": {"case_no": "罗应急-2025-0004", "applicant_name": "山东罗庄建材有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0004 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:45.973778',NULL,NULL,'2026-12-06 03:06:45.973778','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(47,'letter:罗应急-2025-0007:reply:5','letter',7,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0007", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 18, "letter_no": "罗应急依申复〔2025〕4号", "issued_on": "2025-02-19", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0007 reply --id 18 --format docx", "case": {"case_no": "罗应急-2025-0007", "applicant_name": "徐*", "applicant_type": "natural_person", "id_number": "3713**********3391", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0007 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:45.975367',NULL,NULL,'2026-12-06 03:06:45.975367','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(48,'letter:罗应急-2025-0011:acknowledgement:1','letter',11,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0011", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 19, "letter_no": null, "issued_on": "2025-02-19", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0011 acknowledgement --id 19 --format docx", "case": {"case_no": "罗应急-2025-0011", "applicant_name": "刘*", "applicant_type": "natural_person", "id_number": "3713**********1157", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0011 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.975763',NULL,NULL,'2026-12-06 03:06:45.975763','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(49,'letter:罗应急-2025-0003:reply:7','letter',3,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0003", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 20, "letter_no": "罗应急依申复〔2025〕5号", "issued_on": "2025-02-20", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0003 reply --id 20 --format docx", "case": {"case_no": "罗应急-2025-0003", "applicant_name": "山东罗庄建材有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0003 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:45.976157',NULL,NULL,'2026-12-06 03:06:45.976157','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(50,'letter:罗应急-2025-0006:reply:4','letter',6,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0006", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 21, "letter_no": "罗应急依申复〔2025〕6号", "issued_on": "2025-02-25", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0006 reply --id 21 --format docx", "case": {"case_no": "罗应急-2025-0006", "applicant_name": "孙*", "applicant_type": "natural_person", "id_number": "3713**********9539", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0006 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:45.978139',NULL,NULL,'2026-12-06 03:06:45.978139','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(51,'letter:罗应急-2025-0008:reply:5','letter',8,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0008", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 22, "letter_no": "罗应急依申复〔2025〕7号", "issued_on": "2025-02-26", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0008 reply --id 22 --format docx", "case": {"case_no": "罗应急-2025-0008", "applicant_name": "杨**", "applicant_type": "natural_person", "id_number": "3713**********8740", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0008 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:45.978528',NULL,NULL,'2026-12-06 03:06:45.978528','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(52,'letter:罗应急-2025-0011:reply:3','letter',11,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0011", "letter_kind": "reply", "title": "政府信息公开申请终止处理告知书", "letter_id": 23, "letter_no": null, "issued_on": "2025-02-27", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0011 reply --id 23 --format docx", "case": {"case_no": "罗应急-2025-0011", "applicant_name": "刘*", "applicant_type": "natural_person", "id_number": "3713**********1157", "state": "closed", "state_label": "已终止"}}','【文书待发】罗应急-2025-0011 政府信息公开申请终止处理告知书','sent',0,'2026-12-06 03:06:45.978819',NULL,NULL,'2026-12-06 03:06:45.978819','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(53,'letter:罗应急-2025-0010:reply:4','letter',10,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0010", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 24, "letter_no": "罗应急依申复〔2025〕8号", "issued_on": "2025-03-10", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0010 reply --id 24 --format docx", "case": {"case_no": "罗应急-2025-0010", "applicant_name": "王**", "applicant_type": "natural_person", "id_number": "3713**********9677", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0010 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:45.979084',NULL,NULL,'2026-12-06 03:06:45.979084','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(54,'letter:罗应急-2025-0012:acknowledgement:1','letter',12,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0012", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 25, "letter_no": null, "issued_on": "2025-03-11", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0012 acknowledgement --id 25 --format docx", "case": {"case_no": "罗应急-2025-0012", "applicant_name": "孙**", "applicant_type": "natural_person", "id_number": "3713**********6278", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0012 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.979326',NULL,NULL,'2026-12-06 03:06:45.979326','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(55,'letter:罗应急-2025-0013:acknowledgement:1','letter',13,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0013", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 26, "letter_no": null, "issued_on": "2025-03-17", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0013 acknowledgement --id 26 --format docx", "case": {"case_no": "罗应急-2025-0013", "applicant_name": "罗庄区顺达运输有限公司", "applicant_type": "social_welfare_org", "id_number": null, "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0013 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.979555',NULL,NULL,'2026-12-06 03:06:45.979555','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(56,'letter:罗应急-2025-0014:acknowledgement:1','letter',14,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0014", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 27, "letter_no": null, "issued_on": "2025-03-18", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0014 acknowledgement --id 27 --format docx", "case": {"case_no": "罗应急-2025-0014", "applicant_name": "赵*", "applicant_type": "natural_person", "id_number": "3713**********4005", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0014 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.979766',NULL,NULL,'2026-12-06 03:06:45.979766','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(57,'letter:罗应急-2025-0013:correction_notice:2','letter',13,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0013", "letter_kind": "correction_notice", "title": "政府信息公开申请补正告知书", "letter_id": 28, "letter_no": null, "issued_on": "2025-03-20", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0013 correction_notice --id 28 --format docx", "case": {"case_no": "罗应急-2025-0013", "applicant_name": "罗庄区顺达运输有限公司", "applicant_type": "social_welfare_org", "id_number": null, "state": "awaiting_correction", "state_label": "待补正"}}','【文书待发】罗应急-2025-0013 政府信息公开申请补正告知书','sent',0,'2026-12-06 03:06:45.985688',NULL,NULL,'2026-12-06 03:06:45.985688','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(58,'letter:罗应急-2025-0014:correction_notice:2','letter',14,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0014", "letter_kind": "correction_notice", "title": "政府信息公开申请补正告知书", "letter_id": 29, "letter_no": null, "issued_on": "2025-03-24", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0014 correction_notice --id 29 --format docx", "case": {"case_no": "罗应急-2025-0014", "applicant_name": "赵*", "applicant_type": "natural_person", "id_number": "3713**********4005", "state": "awaiting_correction", "state_label": "待补正"}}','【文书待发】罗应急-2025-0014 政府信息公开申请补正告知书','sent',0,'2026-12-06 03:06:45.986101',NULL,NULL,'2026-12-06 03:06:45.986101','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(59,'letter:罗应急-2025-0015:acknowledgement:1','letter',15,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0015", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 30, "letter_no": null, "issued_on": "2025-03-25", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0015 acknowledgement --id 30 --format docx", "case": {"case_no": "罗应急-2025-0015", "applicant_name": "王*", "applicant_type": "natural_person", "id_number": "3713**********1573", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0015 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.986380',NULL,NULL,'2026-12-06 03:06:45.986380','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(60,'letter:罗应急-2025-0012:reply:4','letter',12,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0012", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 31, "letter_no": "罗应急依申复〔2025〕9号", "issued_on": "2025-03-28", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0012 reply --id 31 --format docx", "case": {"case_no": "罗应急-2025-0012", "applicant_name": "孙**", "applicant_type": "natural_person", "id_number": "3713**********6278", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0012 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:45.986682',NULL,NULL,'2026-12-06 03:06:45.986682','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(61,'letter:罗应急-2025-0016:acknowledgement:1','letter',16,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0016", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 32, "letter_no": null, "issued_on": "2025-03-31", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0016 acknowledgement --id 32 --format docx", "case": {"case_no": "罗应急-2025-0016", "applicant_name": "孙*", "applicant_type": "natural_person", "id_number": "3713**********3358", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0016 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.986916',NULL,NULL,'2026-12-06 03:06:45.986916','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(62,'letter:罗应急-2025-0017:acknowledgement:1','letter',17,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0017", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 33, "letter_no": null, "issued_on": "2025-04-01", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0017 acknowledgement --id 33 --format docx", "case": {"case_no": "罗应急-2025-0017", "applicant_name": "陈*", "applicant_type": "natural_person", "id_number": "3713**********5789", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0017 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.987131',NULL,NULL,'2026-12-06 03:06:45.987131','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(63,'letter:罗应急-2025-0013:reply:3','letter',13,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0013", "letter_kind": "reply", "title": "政府信息公开申请终止处理告知书", "letter_id": 34, "letter_no": null, "issued_on": "2025-04-07", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0013 reply --id 34 --format docx", "case": {"case_no": "罗应急-2025-0013", "applicant_name": "罗庄区顺达运输有限公司", "applicant_type": "social_welfare_org", "id_number": null, "state": "closed", "state_label": "已终止"}}','【文书待发】罗应急-2025-0013 政府信息公开申请终止处理告知书','sent',0,'2026-12-06 03:06:45.992948',NULL,NULL,'2026-12-06 03:06:45.992948','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(64,'letter:罗应急-2025-0014:reply:3','letter',14,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0014", "letter_kind": "reply", "title": "政府信息公开申请终止处理告知书", "letter_id": 35, "letter_no": null, "issued_on": "2025-04-09", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0014 reply --id 35 --format docx", "case": {"case_no": "罗应急-2025-0014", "applicant_name": "赵*", "applicant_type": "natural_person", "id_number": "3713**********4005", "state": "closed", "state_label": "已终止"}}','【文书待发】罗应急-2025-0014 政府信息公开申请终止处理告知书','sent',0,'2026-12-06 03:06:45.993341',NULL,NULL,'2026-12-06 03:06:45.993341','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(65,'letter:罗应急-2025-0015:reply:4','letter',15,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0015", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 36, "letter_no": "罗应急依申复〔2025〕10号", "issued_on": "2025-04-21", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0015 reply --id 36 --format docx", "case": {"case_no": "罗应急-2025-0015", "applicant_name": "王*", "applicant_type": "natural_person", "id_number": "3713**********1573", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0015 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:45.994215',NULL,NULL,'2026-12-06 03:06:45.994215','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(66,'letter:罗应急-2025-0016:reply:5','letter',16,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0016", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 37, "letter_no": "罗应急依申复〔2025〕11号", "issued_on": "2025-04-22", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0016 reply --id 37 --format docx", "case": {"case_no": "罗应急-2025-0016", "applicant_name": "孙*", "applicant_type": "natural_person", "id_number": "3713**********3358", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0016 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:45.995166',NULL,NULL,'2026-12-06 03:06:45.995166','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(67,'letter:罗应急-2025-0017:reply:5','letter',17,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0017", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 38, "letter_no": "罗应急依申复〔2025〕12号", "issued_on": "2025-04-25", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0017 reply --id 38 --format docx", "case": {"case_no": "罗应急-2025-0017", "applicant_name": "陈*", "applicant_type": "natural_person", "id_number": "3713**********5789", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0017 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:45.995487',NULL,NULL,'2026-12-06 03:06:45.995487','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(68,'letter:罗应急-2025-0018:acknowledgement:1','letter',18,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0018", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 39, "letter_no": null, "issued_on": "2025-05-26", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0018 acknowledgement --id 39 --format docx", "case": {"case_no": "罗应急-2025-0018", "applicant_name": "王*", "applicant_type": "natural_person", "id_number": "3713**********990X", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0018 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.995736',NULL,NULL,'2026-12-06 03:06:45.995736','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(69,'letter:罗应急-2025-0019:acknowledgement:1','letter',19,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0019", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 40, "letter_no": null, "issued_on": "2025-05-27", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0019 acknowledgement --id 40 --format docx", "case": {"case_no": "罗应急-2025-0019", "applicant_name": "何*", "applicant_type": "natural_person", "id_number": "3713**********9645", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0019 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.996000',NULL,NULL,'2026-12-06 03:06:45.996000','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(70,'letter:罗应急-2025-0020:acknowledgement:1','letter',20,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0020", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 41, "letter_no": null, "issued_on": "2025-05-27", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0020 acknowledgement --id 41 --format docx", "case": {"case_no": "罗应急-2025-0020", "applicant_name": "何*", "applicant_type": "natural_person", "id_number": "3713**********4432", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0020 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.996234',NULL,NULL,'2026-12-06 03:06:45.996234','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(71,'letter:罗应急-2025-0021:acknowledgement:1','letter',21,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0021", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 42, "letter_no": null, "issued_on": "2025-05-28", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0021 acknowledgement --id 42 --format docx", "case": {"case_no": "罗应急-2025-0021", "applicant_name": "刘*", "applicant_type": "natural_person", "id_number": "3713**********3015", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0021 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:45.996446',NULL,NULL,'2026-12-06 03:06:45.996446','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(72,'letter:罗应急-2025-0020:consultation_letter:3','letter',20,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0020", "letter_kind": "consultation_letter", "title": "政府信息公开征求意见书", "letter_id": 43, "letter_no": null, "issued_on": "2025-05-30", "to_party": "临沂鑫源化工有限公司", "error": null, "command": "disclosure letter 罗应急-2025-0020 consultation_letter --id 43 --format docx", "case": {"case_no": "罗应急-2025-0020", "applicant_name": "何*", "applicant_type": "natural_person", "id_number": "3713**********4432", "state": "consulting", "state_label": "征求意见中"}}','【文书待发】罗应急-2025-0020 政府信息公开征求意见书','sent',0,'2026-12-06 03:06:46.000798',NULL,NULL,'2026-12-06 03:06:46.000798','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(73,'letter:罗应急-2025-0020:consultation_notice_applicant:3','letter',20,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0020", "letter_kind": "consultation_notice_applicant", "title": "政府信息公开申请征求意见告知书", "letter_id": 44, "letter_no": null, "issued_on": "2025-05-30", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0020 consultation_notice_applicant --id 44 --format docx", "case": {"case_no": "罗应急-2025-0020", "applicant_name": "何*", "applicant_type": "natural_person", "id_number": "3713**********4432", "state": "consulting", "state_label": "征求意见中"}}','【文书待发】罗应急-2025-0020 政府信息公开申请征求意见告知书','sent',0,'2026-12-06 03:06:46.000920',NULL,NULL,'2026-12-06 03:06:46.000920','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(74,'letter:罗应急-2025-0022:acknowledgement:1','letter',22,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0022", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 45, "letter_no": null, "issued_on": "2025-06-05", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0022 acknowledgement --id 45 --format docx", "case": {"case_no": "罗应急-2025-0022", "applicant_name": "杨*", "applicant_type": "natural_person", "id_number": "3713**********8858", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0022 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.001180',NULL,NULL,'2026-12-06 03:06:46.001180','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(75,'letter:罗应急-2025-0018:reply:4','letter',18,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0018", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 46, "letter_no": "罗应急依申复〔2025〕13号", "issued_on": "2025-06-10", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0018 reply --id 46 --format docx", "case": {"case_no": "罗应急-2025-0018", "applicant_name": "王*", "applicant_type": "natural_person", "id_number": "3713**********990X", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0018 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.001449',NULL,NULL,'2026-12-06 03:06:46.001449','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(76,'letter:罗应急-2025-0022:reply:3','letter',22,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0022", "letter_kind": "reply", "title": "政府信息公开申请终止处理告知书", "letter_id": 47, "letter_no": null, "issued_on": "2025-06-10", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0022 reply --id 47 --format docx", "case": {"case_no": "罗应急-2025-0022", "applicant_name": "杨*", "applicant_type": "natural_person", "id_number": "3713**********8858", "state": "closed", "state_label": "已终止"}}','【文书待发】罗应急-2025-0022 政府信息公开申请终止处理告知书','sent',0,'2026-12-06 03:06:46.001704',NULL,NULL,'2026-12-06 03:06:46.001704','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(77,'letter:罗应急-2025-0023:acknowledgement:1','letter',23,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0023", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 48, "letter_no": null, "issued_on": "2025-06-10", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0023 acknowledgement --id 48 --format docx", "case": {"case_no": "罗应急-2025-0023", "applicant_name": "临沂鑫源化工有限公司", "applicant_type": "legal_service_org", "id_number": null, "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0023 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.001926',NULL,NULL,'2026-12-06 03:06:46.001926','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(78,'letter:罗应急-2025-0019:reply:4','letter',19,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0019", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 49, "letter_no": "罗应急依申复〔2025〕14号", "issued_on": "2025-06-16", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0019 reply --id 49 --format docx", "case": {"case_no": "罗应急-2025-0019", "applicant_name": "何*", "applicant_type": "natural_person", "id_number": "3713**********9645", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0019 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.002183',NULL,NULL,'2026-12-06 03:06:46.002183','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(79,'letter:罗应急-2025-0023:consultation_letter:3','letter',23,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0023", "letter_kind": "consultation_letter", "title": "政府信息公开征求意见书", "letter_id": 50, "letter_no": null, "issued_on": "2025-06-16", "to_party": "罗庄区顺达运输有限公司", "error": null, "command": "disclosure letter 罗应急-2025-0023 consultation_letter --id 50 --format docx", "case": {"case_no": "罗应急-2025-0023", "applicant_name": "临沂鑫源化工有限公司", "applicant_type": "legal_service_org", "id_number": null, "state": "consulting", "state_label": "征求意见中"}}','【文书待发】罗应急-2025-0023 政府信息公开征求意见书','sent',0,'2026-12-06 03:06:46.002403',NULL,NULL,'2026-12-06 03:06:46.002403','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(80,'letter:罗应急-2025-0023:consultation_notice_applicant:3','letter',23,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0023", "letter_kind": "consultation_notice_applicant", "title": "政府信息公开申请征求意见告知书", "letter_id": 51, "letter_no": null, "issued_on": "2025-06-16", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0023 consultation_notice_applicant --id 51 --format docx", "case": {"case_no": "罗应急-2025-0023", "applicant_name": "临沂鑫源化工有限公司", "applicant_type": "legal_service_org", "id_number": null, "state": "consulting", "state_label": "征求意见中"}}','【文书待发】罗应急-2025-0023 政府信息公开申请征求意见告知书','sent',0,'2026-12-06 03:06:46.002496',NULL,NULL,'2026-12-06 03:06:46.002496','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(81,'letter:罗应急-2025-0021:reply:4','letter',21,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0021", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 52, "letter_no": "罗应急依申复〔2025〕15号", "issued_on": "2025-06-18", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0021 reply --id 52 --format docx", "case": {"case_no": "罗应急-2025-0021", "applicant_name": "刘*", "applicant_type": "natural_person", "id_number": "3713**********3015", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0021 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.003718',NULL,NULL,'2026-12-06 03:06:46.003718','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(82,'letter:罗应急-2025-0020:reply:6','letter',20,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0020", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 53, "letter_no": "罗应急依申复〔2025〕16号", "issued_on": "2025-07-03", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0020 reply --id 53 --format docx", "case": {"case_no": "罗应急-2025-0020", "applicant_name": "何*", "applicant_type": "natural_person", "id_number": "3713**********4432", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0020 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.004056',NULL,NULL,'2026-12-06 03:06:46.004056','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(83,'letter:罗应急-2025-0024:acknowledgement:1','letter',24,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0024", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 54, "letter_no": null, "issued_on": "2025-07-03", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0024 acknowledgement --id 54 --format docx", "case": {"case_no": "罗应急-2025-0024", "applicant_name": "山东罗庄建材有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0024 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.004296',NULL,NULL,'2026-12-06 03:06:46.004296','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(84,'letter:罗应急-2025-0025:acknowledgement:1','letter',25,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0025", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 55, "letter_no": null, "issued_on": "2025-07-15", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0025 acknowledgement --id 55 --format docx", "case": {"case_no": "罗应急-2025-0025", "applicant_name": "山东罗庄建材有限公司", "applicant_type": "other_org", "id_number": null, "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0025 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.008573',NULL,NULL,'2026-12-06 03:06:46.008573','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(85,'letter:罗应急-2025-0024:reply:5','letter',24,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0024", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 56, "letter_no": "罗应急依申复〔2025〕17号", "issued_on": "2025-07-17", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0024 reply --id 56 --format docx", "case": {"case_no": "罗应急-2025-0024", "applicant_name": "山东罗庄建材有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0024 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.008908',NULL,NULL,'2026-12-06 03:06:46.008908','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(86,'letter:罗应急-2025-0025:correction_notice:2','letter',25,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0025", "letter_kind": "correction_notice", "title": "政府信息公开申请补正告知书", "letter_id": 57, "letter_no": null, "issued_on": "2025-07-21", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0025 correction_notice --id 57 --format docx", "case": {"case_no": "罗应急-2025-0025", "applicant_name": "山东罗庄建材有限公司", "applicant_type": "other_org", "id_number": null, "state": "awaiting_correction", "state_label": "待补正"}}','【文书待发】罗应急-2025-0025 政府信息公开申请补正告知书','sent',0,'2026-12-06 03:06:46.009164',NULL,NULL,'2026-12-06 03:06:46.009164','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(87,'letter:罗应急-2025-0023:extension_notice:5','letter',23,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0023", "letter_kind": "extension_notice", "title": "政府信息公开申请延期答复告知书", "letter_id": 58, "letter_no": null, "issued_on": "2025-07-22", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0023 extension_notice --id 58 --format docx", "case": {"case_no": "罗应急-2025-0023", "applicant_name": "临沂鑫源化工有限公司", "applicant_type": "legal_service_org", "id_number": null, "state": "in_review", "state_label": "审核办理中"}}','【文书待发】罗应急-2025-0023 政府信息公开申请延期答复告知书','sent',0,'2026-12-06 03:06:46.011176',NULL,NULL,'2026-12-06 03:06:46.011176','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(88,'letter:罗应急-2025-0026:acknowledgement:1','letter',26,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0026", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 59, "letter_no": null, "issued_on": "2025-07-22", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0026 acknowledgement --id 59 --format docx", "case": {"case_no": "罗应急-2025-0026", "applicant_name": "郭*", "applicant_type": "natural_person", "id_number": "3713**********2714", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0026 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.011481',NULL,NULL,'2026-12-06 03:06:46.011481','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(89,'letter:罗应急-2025-0027:acknowledgement:1','letter',27,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0027", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 60, "letter_no": null, "issued_on": "2025-07-30", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0027 acknowledgement --id 60 --format docx", "case": {"case_no": "罗应急-2025-0027", "applicant_name": "郭*", "applicant_type": "natural_person", "id_number": "3713**********6370", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0027 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.011726',NULL,NULL,'2026-12-06 03:06:46.011726','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(90,'letter:罗应急-2025-0023:reply:8','letter',23,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0023", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 61, "letter_no": "罗应急依申复〔2025〕18号", "issued_on": "2025-07-31", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0023 reply --id 61 --format docx", "case": {"case_no": "罗应急-2025-0023", "applicant_name": "临沂鑫源化工有限公司", "applicant_type": "legal_service_org", "id_number": null, "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0023 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.011999',NULL,NULL,'2026-12-06 03:06:46.011999','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(91,'letter:罗应急-2025-0028:acknowledgement:1','letter',28,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0028", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 62, "letter_no": null, "issued_on": "2025-07-31", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0028 acknowledgement --id 62 --format docx", "case": {"case_no": "罗应急-2025-0028", "applicant_name": "临沂华兴物流有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0028 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.012219',NULL,NULL,'2026-12-06 03:06:46.012219','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(92,'letter:罗应急-2025-0025:reply:3','letter',25,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0025", "letter_kind": "reply", "title": "政府信息公开申请终止处理告知书", "letter_id": 63, "letter_no": null, "issued_on": "2025-08-05", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0025 reply --id 63 --format docx", "case": {"case_no": "罗应急-2025-0025", "applicant_name": "山东罗庄建材有限公司", "applicant_type": "other_org", "id_number": null, "state": "closed", "state_label": "已终止"}}','【文书待发】罗应急-2025-0025 政府信息公开申请终止处理告知书','sent',0,'2026-12-06 03:06:46.012478',NULL,NULL,'2026-12-06 03:06:46.012478','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(93,'letter:罗应急-2025-0029:acknowledgement:1','letter',29,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0029", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 64, "letter_no": null, "issued_on": "2025-08-05", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0029 acknowledgement --id 64 --format docx", "case": {"case_no": "罗应急-2025-0029", "applicant_name": "高*", "applicant_type": "natural_person", "id_number": "3713**********3667", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0029 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.017048',NULL,NULL,'2026-12-06 03:06:46.017048','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(94,'letter:罗应急-2025-0026:reply:4','letter',26,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0026", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 65, "letter_no": "罗应急依申复〔2025〕19号", "issued_on": "2025-08-13", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0026 reply --id 65 --format docx", "case": {"case_no": "罗应急-2025-0026", "applicant_name": "郭*", "applicant_type": "natural_person", "id_number": "3713**********2714", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0026 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.017506',NULL,NULL,'2026-12-06 03:06:46.017506','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(95,'letter:罗应急-2025-0027:reply:5','letter',27,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0027", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 66, "letter_no": "罗应急依申复〔2025〕20号", "issued_on": "2025-08-19", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0027 reply --id 66 --format docx", "case": {"case_no": "罗应急-2025-0027", "applicant_name": "郭*", "applicant_type": "natural_person", "id_number": "3713**********6370", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0027 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.017929',NULL,NULL,'2026-12-06 03:06:46.017929','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(96,'letter:罗应急-2025-0029:reply:4','letter',29,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0029", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 67, "letter_no": "罗应急依申复〔2025〕21号", "issued_on": "2025-08-20", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0029 reply --id 67 --format docx", "case": {"case_no": "罗应急-2025-0029", "applicant_name": "高*", "applicant_type": "natural_person", "id_number": "3713**********3667", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0029 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.019875',NULL,NULL,'2026-12-06 03:06:46.019875','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(97,'letter:罗应急-2025-0030:acknowledgement:1','letter',30,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0030", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 68, "letter_no": null, "issued_on": "2025-08-20", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0030 acknowledgement --id 68 --format docx", "case": {"case_no": "罗应急-2025-0030", "applicant_name": "郭*", "applicant_type": "natural_person", "id_number": "3713**********9912", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0030 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.020316',NULL,NULL,'2026-12-06 03:06:46.020316','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(98,'letter:罗应急-2025-0028:reply:5','letter',28,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0028", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 69, "letter_no": "罗应急依申复〔2025〕22号", "issued_on": "2025-08-25", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0028 reply --id 69 --format docx", "case": {"case_no": "罗应急-2025-0028", "applicant_name": "临沂华兴物流有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0028 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.024820',NULL,NULL,'2026-12-06 03:06:46.024820','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(99,'letter:罗应急-2025-0030:consultation_letter:3','letter',30,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0030", "letter_kind": "consultation_letter", "title": "政府信息公开征求意见书", "letter_id": 70, "letter_no": null, "issued_on": "2025-08-26", "to_party": "临沂华兴物流有限公司", "error": null, "command": "disclosure letter 罗应急-2025-0030 consultation_letter --id 70 --format docx", "case": {"case_no": "罗应急-2025-0030", "applicant_name": "郭*", "applicant_type": "natural_person", "id_number": "3713**********9912", "state": "consulting", "state_label": "征求意见中"}}','【文书待发】罗应急-2025-0030 政府信息公开征求意见书','sent',0,'2026-12-06 03:06:46.025167',NULL,NULL,'2026-12-06 03:06:46.025167','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(100,'letter:罗应急-2025-0030:consultation_notice_applicant:3','letter',30,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0030", "letter_kind": "consultation_notice_applicant", "title": "政府信息公开申请征求意见告知书", "letter_id": 71, "letter_no": null, "issued_on": "2025-08-26", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0030 consultation_notice_applicant --id 71 --format docx", "case": {"case_no": "罗应急-2025-0030", "applicant_name": "郭*", "applicant_type": "natural_person", "id_number": "3713**********9912", "state": "consulting", "state_label": "征求意见中"}}','【文书待发】罗应急-2025-0030 政府信息公开申请征求意见告知书','sent',0,'2026-12-06 03:06:46.025283',NULL,NULL,'2026-12-06 03:06:46.025283','2026-12-06 03:06:46.067119');
INSERT INTO "outbox" VALUES(101,'letter:罗应急-2025-0031:acknowledgement:1','letter',31,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0031", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 72, "letter_no": null, "issued_on": "2025-09-02", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0031 acknowledgement --id 72 --format docx", "case": {"case_no": "罗应急-2025-0031", "applicant_name": "临沂华兴物流有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0031 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.025634',NULL,NULL,'2026-12-06 03:06:46.025634','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(102,'letter:罗应急-2025-0030:reply:7','letter',30,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0030", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 73, "letter_no": "罗应急依申复〔2025〕23号", "issued_on": "2025-09-17", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0030 reply --id 73 --format docx", "case": {"case_no": "罗应急-2025-0030", "applicant_name": "郭*", "applicant_type": "natural_person", "id_number": "3713**********9912", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0030 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.026111',NULL,NULL,'2026-12-06 03:06:46.026111','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(103,'letter:罗应急-2025-0031:reply:5','letter',31,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0031", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 74, "letter_no": "罗应急依申复〔2025〕24号", "issued_on": "2025-09-18", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0031 reply --id 74 --format docx", "case": {"case_no": "罗应急-2025-0031", "applicant_name": "临沂华兴物流有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0031 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.026552',NULL,NULL,'2026-12-06 03:06:46.026552','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(104,'letter:罗应急-2025-0032:acknowledgement:1','letter',32,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0032", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 75, "letter_no": null, "issued_on": "2025-09-24", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0032 acknowledgement --id 75 --format docx", "case": {"case_no": "罗应急-2025-0032", "applicant_name": "郭**", "applicant_type": "natural_person", "id_number": "3713**********307X", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0032 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.026867',NULL,NULL,'2026-12-06 03:06:46.026867','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(105,'letter:罗应急-2025-0032:reply:4','letter',32,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0032", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 76, "letter_no": "罗应急依申复〔2025〕25号", "issued_on": "2025-10-17", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0032 reply --id 76 --format docx", "case": {"case_no": "罗应急-2025-0032", "applicant_name": "郭**", "applicant_type": "natural_person", "id_number": "3713**********307X", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0032 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.027256',NULL,NULL,'2026-12-06 03:06:46.027256','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(106,'letter:罗应急-2025-0033:acknowledgement:1','letter',33,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0033", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 77, "letter_no": null, "issued_on": "2025-10-21", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0033 acknowledgement --id 77 --format docx", "case": {"case_no": "罗应急-2025-0033", "applicant_name": "罗庄区顺达运输有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0033 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.027522',NULL,NULL,'2026-12-06 03:06:46.027522','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(107,'letter:罗应急-2025-0034:acknowledgement:1','letter',34,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0034", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 78, "letter_no": null, "issued_on": "2025-10-22", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0034 acknowledgement --id 78 --format docx", "case": {"case_no": "罗应急-2025-0034", "applicant_name": "吴*", "applicant_type": "natural_person", "id_number": "3713**********0874", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0034 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.033011',NULL,NULL,'2026-12-06 03:06:46.033011','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(108,'letter:罗应急-2025-0035:acknowledgement:1','letter',35,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0035", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 79, "letter_no": null, "issued_on": "2025-10-24", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0035 acknowledgement --id 79 --format docx", "case": {"case_no": "罗应急-2025-0035", "applicant_name": "周*", "applicant_type": "natural_person", "id_number": "3713**********4101", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0035 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.033309',NULL,NULL,'2026-12-06 03:06:46.033309','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(109,'letter:罗应急-2025-0036:acknowledgement:1','letter',36,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0036", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 80, "letter_no": null, "issued_on": "2025-10-28", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0036 acknowledgement --id 80 --format docx", "case": {"case_no": "罗应急-2025-0036", "applicant_name": "何*", "applicant_type": "natural_person", "id_number": "3713**********1709", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0036 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.033568',NULL,NULL,'2026-12-06 03:06:46.033568','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(110,'letter:罗应急-2025-0035:consultation_letter:3','letter',35,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0035", "letter_kind": "consultation_letter", "title": "政府信息公开征求意见书", "letter_id": 81, "letter_no": null, "issued_on": "2025-10-31", "to_party": "临沂鑫源化工有限公司", "error": null, "command": "disclosure letter 罗应急-2025-0035 consultation_letter --id 81 --format docx", "case": {"case_no": "罗应急-2025-0035", "applicant_name": "周*", "applicant_type": "natural_person", "id_number": "3713**********4101", "state": "consulting", "state_label": "征求意见中"}}','【文书待发】罗应急-2025-0035 政府信息公开征求意见书','sent',0,'2026-12-06 03:06:46.033802',NULL,NULL,'2026-12-06 03:06:46.033802','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(111,'letter:罗应急-2025-0035:consultation_notice_applicant:3','letter',35,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0035", "letter_kind": "consultation_notice_applicant", "title": "政府信息公开申请征求意见告知书", "letter_id": 82, "letter_no": null, "issued_on": "2025-10-31", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0035 consultation_notice_applicant --id 82 --format docx", "case": {"case_no": "罗应急-2025-0035", "applicant_name": "周*", "applicant_type": "natural_person", "id_number": "3713**********4101", "state": "consulting", "state_label": "征求意见中"}}','【文书待发】罗应急-2025-0035 政府信息公开申请征求意见告知书','sent',0,'2026-12-06 03:06:46.033906',NULL,NULL,'2026-12-06 03:06:46.033906','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(112,'letter:罗应急-2025-0034:reply:5','letter',34,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0034", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 83, "letter_no": "罗应急依申复〔2025〕26号", "issued_on": "2025-11-06", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0034 reply --id 83 --format docx", "case": {"case_no": "罗应急-2025-0034", "applicant_name": "吴*", "applicant_type": "natural_person", "id_number": "3713**********0874", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0034 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.034181',NULL,NULL,'2026-12-06 03:06:46.034181','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(113,'letter:罗应急-2025-0037:acknowledgement:1','letter',37,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0037", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 84, "letter_no": null, "issued_on": "2025-11-14", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0037 acknowledgement --id 84 --format docx", "case": {"case_no": "罗应急-2025-0037", "applicant_name": "林*", "applicant_type": "natural_person", "id_number": "3713**********7467", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0037 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.034408',NULL,NULL,'2026-12-06 03:06:46.034408','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(114,'letter:罗应急-2025-0036:extension_notice:3','letter',36,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0036", "letter_kind": "extension_notice", "title": "政府信息公开申请延期答复告知书", "letter_id": 85, "letter_no": null, "issued_on": "2025-11-20", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0036 extension_notice --id 85 --format docx", "case": {"case_no": "罗应急-2025-0036", "applicant_name": "何*", "applicant_type": "natural_person", "id_number": "3713**********1709", "state": "in_review", "state_label": "审核办理中"}}','【文书待发】罗应急-2025-0036 政府信息公开申请延期答复告知书','sent',0,'2026-12-06 03:06:46.034630',NULL,NULL,'2026-12-06 03:06:46.034630','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(115,'letter:罗应急-2025-0033:reply:4','letter',33,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0033", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 86, "letter_no": "罗应急依申复〔2025〕27号", "issued_on": "2025-11-24", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0033 reply --id 86 --format docx", "case": {"case_no": "罗应急-2025-0033", "applicant_name": "罗庄区顺达运输有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0033 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.034890',NULL,NULL,'2026-12-06 03:06:46.034890','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(116,'letter:罗应急-2025-0037:reply:4','letter',37,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0037", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 87, "letter_no": "罗应急依申复〔2025〕28号", "issued_on": "2025-12-02", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0037 reply --id 87 --format docx", "case": {"case_no": "罗应急-2025-0037", "applicant_name": "林*", "applicant_type": "natural_person", "id_number": "3713**********7467", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0037 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.035144',NULL,NULL,'2026-12-06 03:06:46.035144','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(117,'letter:罗应急-2025-0035:reply:7','letter',35,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0035", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 88, "letter_no": "罗应急依申复〔2025〕29号", "issued_on": "2025-12-05", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0035 reply --id 88 --format docx", "case": {"case_no": "罗应急-2025-0035", "applicant_name": "周*", "applicant_type": "natural_person", "id_number": "3713**********4101", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0035 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.035535',NULL,NULL,'2026-12-06 03:06:46.035535','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(118,'letter:罗应急-2025-0038:acknowledgement:1','letter',38,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0038", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 89, "letter_no": null, "issued_on": "2025-12-08", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0038 acknowledgement --id 89 --format docx", "case": {"case_no": "罗应急-2025-0038", "applicant_name": "赵*", "applicant_type": "natural_person", "id_number": "3713**********2163", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0038 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.035765',NULL,NULL,'2026-12-06 03:06:46.035765','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(119,'letter:罗应急-2025-0036:reply:6','letter',36,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0036", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 90, "letter_no": "罗应急依申复〔2025〕30号", "issued_on": "2025-12-10", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0036 reply --id 90 --format docx", "case": {"case_no": "罗应急-2025-0036", "applicant_name": "何*", "applicant_type": "natural_person", "id_number": "3713**********1709", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0036 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.036057',NULL,NULL,'2026-12-06 03:06:46.036057','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(120,'letter:罗应急-2025-0038:consultation_letter:3','letter',38,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0038", "letter_kind": "consultation_letter", "title": "政府信息公开征求意见书", "letter_id": 91, "letter_no": null, "issued_on": "2025-12-10", "to_party": "临沂鑫源化工有限公司", "error": null, "command": "disclosure letter 罗应急-2025-0038 consultation_letter --id 91 --format docx", "case": {"case_no": "罗应急-2025-0038", "applicant_name": "赵*", "applicant_type": "natural_person", "id_number": "3713**********2163", "state": "consulting", "state_label": "征求意见中"}}','【文书待发】罗应急-2025-0038 政府信息公开征求意见书','sent',0,'2026-12-06 03:06:46.036292',NULL,NULL,'2026-12-06 03:06:46.036292','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(121,'letter:罗应急-2025-0038:consultation_notice_applicant:3','letter',38,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0038", "letter_kind": "consultation_notice_applicant", "title": "政府信息公开申请征求意见告知书", "letter_id": 92, "letter_no": null, "issued_on": "2025-12-10", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0038 consultation_notice_applicant --id 92 --format docx", "case": {"case_no": "罗应急-2025-0038", "applicant_name": "赵*", "applicant_type": "natural_person", "id_number": "3713**********2163", "state": "consulting", "state_label": "征求意见中"}}','【文书待发】罗应急-2025-0038 政府信息公开申请征求意见告知书','sent',0,'2026-12-06 03:06:46.036391',NULL,NULL,'2026-12-06 03:06:46.036391','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(122,'letter:罗应急-2025-0039:acknowledgement:1','letter',39,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0039", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 93, "letter_no": null, "issued_on": "2025-12-22", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0039 acknowledgement --id 93 --format docx", "case": {"case_no": "罗应急-2025-0039", "applicant_name": "刘*", "applicant_type": "natural_person", "id_number": "3713**********9920", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0039 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.036669',NULL,NULL,'2026-12-06 03:06:46.036669','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(123,'letter:罗应急-2025-0040:acknowledgement:1','letter',40,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0040", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 94, "letter_no": null, "issued_on": "2025-12-24", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0040 acknowledgement --id 94 --format docx", "case": {"case_no": "罗应急-2025-0040", "applicant_name": "周*", "applicant_type": "natural_person", "id_number": "3713**********3384", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2025-0040 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.036900',NULL,NULL,'2026-12-06 03:06:46.036900','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(124,'letter:罗应急-2025-0040:reply:3','letter',40,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0040", "letter_kind": "reply", "title": "政府信息公开申请终止处理告知书", "letter_id": 95, "letter_no": null, "issued_on": "2025-12-30", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0040 reply --id 95 --format docx", "case": {"case_no": "罗应急-2025-0040", "applicant_name": "周*", "applicant_type": "natural_person", "id_number": "3713**********3384", "state": "closed", "state_label": "已终止"}}','【文书待发】罗应急-2025-0040 政府信息公开申请终止处理告知书','sent',0,'2026-12-06 03:06:46.037146',NULL,NULL,'2026-12-06 03:06:46.037146','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(125,'letter:罗应急-2025-0039:reply:4','letter',39,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0039", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 96, "letter_no": "罗应急依申复〔2026〕1号", "issued_on": "2026-01-08", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0039 reply --id 96 --format docx", "case": {"case_no": "罗应急-2025-0039", "applicant_name": "刘*", "applicant_type": "natural_person", "id_number": "3713**********9920", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0039 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.037395',NULL,NULL,'2026-12-06 03:06:46.037395','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(126,'letter:罗应急-2025-0038:reply:7','letter',38,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2025-0038", "letter_kind": "reply", "title": "政府信息公开申请答复书", "letter_id": 97, "letter_no": "罗应急依申复〔2026〕2号", "issued_on": "2026-01-16", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2025-0038 reply --id 97 --format docx", "case": {"case_no": "罗应急-2025-0038", "applicant_name": "赵*", "applicant_type": "natural_person", "id_number": "3713**********2163", "state": "replied", "state_label": "已答复"}}','【文书待发】罗应急-2025-0038 政府信息公开申请答复书','sent',0,'2026-12-06 03:06:46.037644',NULL,NULL,'2026-12-06 03:06:46.037644','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(127,'letter:罗应急-2026-0001:acknowledgement:1','letter',41,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2026-0001", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 98, "letter_no": null, "issued_on": "2026-12-02", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2026-0001 acknowledgement --id 98 --format docx", "case": {"case_no": "罗应急-2026-0001", "applicant_name": "徐*", "applicant_type": "natural_person", "id_number": "3713**********1908", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2026-0001 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.037862',NULL,NULL,'2026-12-06 03:06:46.037862','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(128,'letter:罗应急-2026-0002:acknowledgement:1','letter',42,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2026-0002", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 99, "letter_no": null, "issued_on": "2026-11-27", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2026-0002 acknowledgement --id 99 --format docx", "case": {"case_no": "罗应急-2026-0002", "applicant_name": "刘*", "applicant_type": "natural_person", "id_number": "3713**********1379", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2026-0002 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.038071',NULL,NULL,'2026-12-06 03:06:46.038071','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(129,'letter:罗应急-2026-0003:acknowledgement:1','letter',43,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2026-0003", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 100, "letter_no": null, "issued_on": "2026-11-24", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2026-0003 acknowledgement --id 100 --format docx", "case": {"case_no": "罗应急-2026-0003", "applicant_name": "张*", "applicant_type": "natural_person", "id_number": "3713**********0297", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2026-0003 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.038270',NULL,NULL,'2026-12-06 03:06:46.038270','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(130,'letter:罗应急-2026-0004:acknowledgement:1','letter',44,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2026-0004", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 101, "letter_no": null, "issued_on": "2026-11-19", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2026-0004 acknowledgement --id 101 --format docx", "case": {"case_no": "罗应急-2026-0004", "applicant_name": "徐*", "applicant_type": "natural_person", "id_number": "3713**********5132", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2026-0004 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.038480',NULL,NULL,'2026-12-06 03:06:46.038480','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(131,'letter:罗应急-2026-0005:acknowledgement:1','letter',45,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2026-0005", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 102, "letter_no": null, "issued_on": "2026-11-16", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2026-0005 acknowledgement --id 102 --format docx", "case": {"case_no": "罗应急-2026-0005", "applicant_name": "马*", "applicant_type": "natural_person", "id_number": "3713**********0496", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2026-0005 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.038676',NULL,NULL,'2026-12-06 03:06:46.038676','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(132,'letter:罗应急-2026-0006:acknowledgement:1','letter',46,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2026-0006", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 103, "letter_no": null, "issued_on": "2026-11-11", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2026-0006 acknowledgement --id 103 --format docx", "case": {"case_no": "罗应急-2026-0006", "applicant_name": "山东罗庄建材有限公司", "applicant_type": "commercial_enterprise", "id_number": null, "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2026-0006 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.038872',NULL,NULL,'2026-12-06 03:06:46.038872','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(133,'letter:罗应急-2026-0007:acknowledgement:1','letter',47,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2026-0007", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 104, "letter_no": null, "issued_on": "2026-11-06", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2026-0007 acknowledgement --id 104 --format docx", "case": {"case_no": "罗应急-2026-0007", "applicant_name": "高*", "applicant_type": "natural_person", "id_number": "3713**********1217", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2026-0007 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.039111',NULL,NULL,'2026-12-06 03:06:46.039111','2026-12-06 03:06:46.501601');
INSERT INTO "outbox" VALUES(134,'letter:罗应急-2026-0008:acknowledgement:1','letter',48,2,'file','liujun@lzyj.example.gov.cn','letter_notice','{"case_no": "罗应急-2026-0008", "letter_kind": "acknowledgement", "title": "政府信息公开申请接收回执", "letter_id": 105, "letter_no": null, "issued_on": "2026-11-03", "to_party": null, "error": null, "command": "disclosure letter 罗应急-2026-0008 acknowledgement --id 105 --format docx", "case": {"case_no": "罗应急-2026-0008", "applicant_name": "何*", "applicant_type": "natural_person", "id_number": "3713**********6171", "state": "received", "state_label": "已登记"}}','【文书待发】罗应急-2026-0008 政府信息公开申请接收回执','sent',0,'2026-12-06 03:06:46.039315',NULL,NULL,'2026-12-06 03:06:46.039315','2026-12-06 03:06:46.501601');
CREATE TABLE proceeding (
	id INTEGER NOT NULL, 
	case_id INTEGER NOT NULL, 
	agency_id INTEGER NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	filed_on DATE NOT NULL, 
	body VARCHAR(200), 
	result VARCHAR(16), 
	decided_on DATE, 
	CONSTRAINT pk_proceeding PRIMARY KEY (id), 
	CONSTRAINT fk_proceeding_agency_id_agency FOREIGN KEY(agency_id) REFERENCES agency (id), 
	CONSTRAINT fk_proceeding_case_id_disclosure_case FOREIGN KEY(case_id) REFERENCES disclosure_case (id)
);
INSERT INTO "proceeding" VALUES(1,2,2,'reconsideration','2025-02-21','临沂市罗庄区人民政府','upheld','2025-04-07');
INSERT INTO "proceeding" VALUES(2,5,2,'reconsideration','2025-03-05','临沂市罗庄区人民政府',NULL,NULL);
INSERT INTO "proceeding" VALUES(3,6,2,'litigation_direct','2025-03-19','临沂市罗庄区人民法院','upheld','2025-04-30');
CREATE TABLE published_report (
	id INTEGER NOT NULL, 
	agency_id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	data JSON NOT NULL, 
	recorded_at DATETIME NOT NULL, 
	CONSTRAINT pk_published_report PRIMARY KEY (id), 
	CONSTRAINT fk_published_report_agency_id_agency FOREIGN KEY(agency_id) REFERENCES agency (id), 
	CONSTRAINT uq_published_report_agency_id_year UNIQUE (agency_id, year)
);
CREATE TABLE report_entry (
	id INTEGER NOT NULL, 
	agency_id INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	kind VARCHAR(8) NOT NULL, 
	entry_key VARCHAR(64) NOT NULL, 
	version INTEGER NOT NULL, 
	body TEXT, 
	value NUMERIC(18, 4), 
	entered_by INTEGER NOT NULL, 
	role VARCHAR(32) NOT NULL, 
	entered_at DATETIME NOT NULL, 
	CONSTRAINT pk_report_entry PRIMARY KEY (id), 
	CONSTRAINT fk_report_entry_agency_id_agency FOREIGN KEY(agency_id) REFERENCES agency (id), 
	CONSTRAINT fk_report_entry_entered_by_app_user FOREIGN KEY(entered_by) REFERENCES app_user (id), 
	CONSTRAINT uq_report_entry_agency_id_year_kind_entry_key_version UNIQUE (agency_id, year, kind, entry_key, version)
);
INSERT INTO "report_entry" VALUES(1,2,2025,'text','一',1,'2025年，本局坚持以公开为常态、不公开为例外，围绕安全生产和应急管理重点工作，认真落实《中华人民共和国政府信息公开条例》，依法做好主动公开和依申请公开工作。
依申请公开方面，本局畅通网上申请、信函申请和当面申请等渠道，严格按照登记、审核、办理、答复、归档的程序办理，每件申请均由承办人和政府信息公开工作机构负责人共同把关。',NULL,4,'head','2026-12-06 03:06:46.689237');
INSERT INTO "report_entry" VALUES(2,2,2025,'text','五',1,'一是部分答复文书对不予公开理由的说明还不够具体；二是承办人员对新修订的信息处理费管理办法掌握不够全面。
下一步，本局将细化答复文书中的法律依据和理由说明，组织承办人员专题学习，并定期开展案卷评查。',NULL,4,'head','2026-12-06 03:06:46.692187');
INSERT INTO "report_entry" VALUES(3,2,2025,'text','六',1,'本局无其他需要报告的事项。',NULL,4,'head','2026-12-06 03:06:46.693254');
INSERT INTO "report_entry" VALUES(4,2,2025,'item','rules.issued',1,NULL,0,4,'head','2026-12-06 03:06:46.694011');
INSERT INTO "report_entry" VALUES(5,2,2025,'item','rules.repealed',1,NULL,0,4,'head','2026-12-06 03:06:46.694011');
INSERT INTO "report_entry" VALUES(6,2,2025,'item','rules.in_force',1,NULL,0,4,'head','2026-12-06 03:06:46.694011');
INSERT INTO "report_entry" VALUES(7,2,2025,'item','normative_documents.issued',1,NULL,2,4,'head','2026-12-06 03:06:46.694011');
INSERT INTO "report_entry" VALUES(8,2,2025,'item','normative_documents.repealed',1,NULL,1,4,'head','2026-12-06 03:06:46.694011');
INSERT INTO "report_entry" VALUES(9,2,2025,'item','normative_documents.in_force',1,NULL,9,4,'head','2026-12-06 03:06:46.694011');
INSERT INTO "report_entry" VALUES(10,2,2025,'item','licensing.decisions',1,NULL,126,4,'head','2026-12-06 03:06:46.694011');
INSERT INTO "report_entry" VALUES(11,2,2025,'item','penalties.decisions',1,NULL,48,4,'head','2026-12-06 03:06:46.694011');
INSERT INTO "report_entry" VALUES(12,2,2025,'item','enforcement.decisions',1,NULL,3,4,'head','2026-12-06 03:06:46.694011');
INSERT INTO "report_entry" VALUES(13,2,2025,'item','fees.amount',1,NULL,0,4,'head','2026-12-06 03:06:46.694011');
CREATE TABLE scheduler_lease (
	name VARCHAR(64) NOT NULL, 
	holder VARCHAR(128) NOT NULL, 
	expires_at DATETIME NOT NULL, 
	fencing_token INTEGER NOT NULL, 
	CONSTRAINT pk_scheduler_lease PRIMARY KEY (name)
);
CREATE TABLE security_log (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	user_name VARCHAR(100) NOT NULL, 
	remote VARCHAR(64), 
	detail TEXT, 
	CONSTRAINT pk_security_log PRIMARY KEY (id)
);
CREATE TABLE sweep_run (
	id INTEGER NOT NULL, 
	job VARCHAR(32) NOT NULL, 
	business_date DATE NOT NULL, 
	holder VARCHAR(128) NOT NULL, 
	started_at DATETIME NOT NULL, 
	finished_at DATETIME, 
	created INTEGER NOT NULL, 
	CONSTRAINT pk_sweep_run PRIMARY KEY (id)
);
INSERT INTO "sweep_run" VALUES(1,'sweep','2025-01-02','demo','2026-12-06 03:06:41.800683','2026-12-06 03:06:41.820585',0);
INSERT INTO "sweep_run" VALUES(2,'sweep','2025-01-03','demo','2026-12-06 03:06:41.837782','2026-12-06 03:06:41.853036',0);
INSERT INTO "sweep_run" VALUES(3,'sweep','2025-01-07','demo','2026-12-06 03:06:41.858305','2026-12-06 03:06:41.876876',0);
INSERT INTO "sweep_run" VALUES(4,'sweep','2025-01-10','demo','2026-12-06 03:06:41.879038','2026-12-06 03:06:41.893880',0);
INSERT INTO "sweep_run" VALUES(5,'sweep','2025-01-13','demo','2026-12-06 03:06:41.895691','2026-12-06 03:06:41.911255',0);
INSERT INTO "sweep_run" VALUES(6,'sweep','2025-01-14','demo','2026-12-06 03:06:41.915843','2026-12-06 03:06:41.929087',0);
INSERT INTO "sweep_run" VALUES(7,'sweep','2025-01-17','demo','2026-12-06 03:06:41.931297','2026-12-06 03:06:41.947309',0);
INSERT INTO "sweep_run" VALUES(8,'sweep','2025-01-20','demo','2026-12-06 03:06:41.951306','2026-12-06 03:06:41.969036',0);
INSERT INTO "sweep_run" VALUES(9,'sweep','2025-01-21','demo','2026-12-06 03:06:41.971363','2026-12-06 03:06:41.985985',0);
INSERT INTO "sweep_run" VALUES(10,'sweep','2025-01-22','demo','2026-12-06 03:06:41.988462','2026-12-06 03:06:42.007893',0);
INSERT INTO "sweep_run" VALUES(11,'sweep','2025-01-24','demo','2026-12-06 03:06:42.011415','2026-12-06 03:06:42.030101',0);
INSERT INTO "sweep_run" VALUES(12,'sweep','2025-01-26','demo','2026-12-06 03:06:42.034193','2026-12-06 03:06:42.051603',0);
INSERT INTO "sweep_run" VALUES(13,'sweep','2025-01-27','demo','2026-12-06 03:06:42.059220','2026-12-06 03:06:42.072809',0);
INSERT INTO "sweep_run" VALUES(14,'sweep','2025-02-07','demo','2026-12-06 03:06:42.081614','2026-12-06 03:06:42.112185',0);
INSERT INTO "sweep_run" VALUES(15,'sweep','2025-02-08','demo','2026-12-06 03:06:42.113973','2026-12-06 03:06:42.134411',0);
INSERT INTO "sweep_run" VALUES(16,'sweep','2025-02-11','demo','2026-12-06 03:06:42.141468','2026-12-06 03:06:42.167061',0);
INSERT INTO "sweep_run" VALUES(17,'sweep','2025-02-12','demo','2026-12-06 03:06:42.168469','2026-12-06 03:06:42.201842',0);
INSERT INTO "sweep_run" VALUES(18,'sweep','2025-02-13','demo','2026-12-06 03:06:42.204383','2026-12-06 03:06:42.219098',0);
INSERT INTO "sweep_run" VALUES(19,'sweep','2025-02-14','demo','2026-12-06 03:06:42.221562','2026-12-06 03:06:42.233609',0);
INSERT INTO "sweep_run" VALUES(20,'sweep','2025-02-17','demo','2026-12-06 03:06:42.235314','2026-12-06 03:06:42.252347',1);
INSERT INTO "sweep_run" VALUES(21,'sweep','2025-02-18','demo','2026-12-06 03:06:42.254225','2026-12-06 03:06:42.266236',0);
INSERT INTO "sweep_run" VALUES(22,'sweep','2025-02-19','demo','2026-12-06 03:06:42.267683','2026-12-06 03:06:42.281120',1);
INSERT INTO "sweep_run" VALUES(23,'sweep','2025-02-20','demo','2026-12-06 03:06:42.283643','2026-12-06 03:06:42.296885',0);
INSERT INTO "sweep_run" VALUES(24,'sweep','2025-02-21','demo','2026-12-06 03:06:42.298747','2026-12-06 03:06:42.310890',0);
INSERT INTO "sweep_run" VALUES(25,'sweep','2025-02-24','demo','2026-12-06 03:06:42.312177','2026-12-06 03:06:42.326049',1);
INSERT INTO "sweep_run" VALUES(26,'sweep','2025-02-25','demo','2026-12-06 03:06:42.327225','2026-12-06 03:06:42.338694',0);
INSERT INTO "sweep_run" VALUES(27,'sweep','2025-02-26','demo','2026-12-06 03:06:42.340378','2026-12-06 03:06:42.356842',0);
INSERT INTO "sweep_run" VALUES(28,'sweep','2025-02-27','demo','2026-12-06 03:06:42.358419','2026-12-06 03:06:42.370147',0);
INSERT INTO "sweep_run" VALUES(29,'sweep','2025-02-28','demo','2026-12-06 03:06:42.371810','2026-12-06 03:06:42.383945',0);
INSERT INTO "sweep_run" VALUES(30,'sweep','2025-03-05','demo','2026-12-06 03:06:42.385210','2026-12-06 03:06:42.397983',0);
INSERT INTO "sweep_run" VALUES(31,'sweep','2025-03-06','demo','2026-12-06 03:06:42.399094','2026-12-06 03:06:42.431222',0);
INSERT INTO "sweep_run" VALUES(32,'sweep','2025-03-10','demo','2026-12-06 03:06:42.432374','2026-12-06 03:06:42.466225',1);
INSERT INTO "sweep_run" VALUES(33,'sweep','2025-03-11','demo','2026-12-06 03:06:42.467546','2026-12-06 03:06:42.497967',0);
INSERT INTO "sweep_run" VALUES(34,'sweep','2025-03-12','demo','2026-12-06 03:06:42.499741','2026-12-06 03:06:42.542591',0);
INSERT INTO "sweep_run" VALUES(35,'sweep','2025-03-17','demo','2026-12-06 03:06:42.544158','2026-12-06 03:06:42.575654',0);
INSERT INTO "sweep_run" VALUES(36,'sweep','2025-03-18','demo','2026-12-06 03:06:42.581477','2026-12-06 03:06:42.611028',0);
INSERT INTO "sweep_run" VALUES(37,'sweep','2025-03-20','demo','2026-12-06 03:06:42.613742','2026-12-06 03:06:42.641111',0);
INSERT INTO "sweep_run" VALUES(38,'sweep','2025-03-24','demo','2026-12-06 03:06:42.643115','2026-12-06 03:06:42.660078',0);
INSERT INTO "sweep_run" VALUES(39,'sweep','2025-03-25','demo','2026-12-06 03:06:42.666397','2026-12-06 03:06:42.687763',0);
INSERT INTO "sweep_run" VALUES(40,'sweep','2025-03-26','demo','2026-12-06 03:06:42.694289','2026-12-06 03:06:42.722957',0);
INSERT INTO "sweep_run" VALUES(41,'sweep','2025-03-28','demo','2026-12-06 03:06:42.730699','2026-12-06 03:06:42.764395',0);
INSERT INTO "sweep_run" VALUES(42,'sweep','2025-03-31','demo','2026-12-06 03:06:42.770067','2026-12-06 03:06:42.798149',0);
INSERT INTO "sweep_run" VALUES(43,'sweep','2025-04-01','demo','2026-12-06 03:06:42.799969','2026-12-06 03:06:42.826806',0);
INSERT INTO "sweep_run" VALUES(44,'sweep','2025-04-02','demo','2026-12-06 03:06:42.834914','2026-12-06 03:06:42.862869',0);
INSERT INTO "sweep_run" VALUES(45,'sweep','2025-04-07','demo','2026-12-06 03:06:42.871847','2026-12-06 03:06:42.912065',1);
INSERT INTO "sweep_run" VALUES(46,'sweep','2025-04-08','demo','2026-12-06 03:06:42.914332','2026-12-06 03:06:42.933926',0);
INSERT INTO "sweep_run" VALUES(47,'sweep','2025-04-09','demo','2026-12-06 03:06:42.934938','2026-12-06 03:06:42.960392',1);
INSERT INTO "sweep_run" VALUES(48,'sweep','2025-04-17','demo','2026-12-06 03:06:42.964196','2026-12-06 03:06:42.995076',0);
INSERT INTO "sweep_run" VALUES(49,'sweep','2025-04-18','demo','2026-12-06 03:06:42.996336','2026-12-06 03:06:43.025270',1);
INSERT INTO "sweep_run" VALUES(50,'sweep','2025-04-21','demo','2026-12-06 03:06:43.026545','2026-12-06 03:06:43.048205',0);
INSERT INTO "sweep_run" VALUES(51,'sweep','2025-04-22','demo','2026-12-06 03:06:43.054848','2026-12-06 03:06:43.076050',0);
INSERT INTO "sweep_run" VALUES(52,'sweep','2025-04-23','demo','2026-12-06 03:06:43.078604','2026-12-06 03:06:43.099272',0);
INSERT INTO "sweep_run" VALUES(53,'sweep','2025-04-24','demo','2026-12-06 03:06:43.101406','2026-12-06 03:06:43.132371',0);
INSERT INTO "sweep_run" VALUES(54,'sweep','2025-04-25','demo','2026-12-06 03:06:43.135967','2026-12-06 03:06:43.158149',1);
INSERT INTO "sweep_run" VALUES(55,'sweep','2025-04-27','demo','2026-12-06 03:06:43.159521','2026-12-06 03:06:43.172967',0);
INSERT INTO "sweep_run" VALUES(56,'sweep','2025-04-29','demo','2026-12-06 03:06:43.173952','2026-12-06 03:06:43.185394',0);
INSERT INTO "sweep_run" VALUES(57,'sweep','2025-05-07','demo','2026-12-06 03:06:43.186368','2026-12-06 03:06:43.197323',0);
INSERT INTO "sweep_run" VALUES(58,'sweep','2025-05-26','demo','2026-12-06 03:06:43.198304','2026-12-06 03:06:43.209929',0);
INSERT INTO "sweep_run" VALUES(59,'sweep','2025-05-27','demo','2026-12-06 03:06:43.211411','2026-12-06 03:06:43.223464',0);
INSERT INTO "sweep_run" VALUES(60,'sweep','2025-05-28','demo','2026-12-06 03:06:43.226693','2026-12-06 03:06:43.238114',0);
INSERT INTO "sweep_run" VALUES(61,'sweep','2025-05-29','demo','2026-12-06 03:06:43.240778','2026-12-06 03:06:43.252093',0);
INSERT INTO "sweep_run" VALUES(62,'sweep','2025-05-30','demo','2026-12-06 03:06:43.254106','2026-12-06 03:06:43.265693',0);
INSERT INTO "sweep_run" VALUES(63,'sweep','2025-06-05','demo','2026-12-06 03:06:43.267007','2026-12-06 03:06:43.279735',0);
INSERT INTO "sweep_run" VALUES(64,'sweep','2025-06-06','demo','2026-12-06 03:06:43.281482','2026-12-06 03:06:43.292679',0);
INSERT INTO "sweep_run" VALUES(65,'sweep','2025-06-10','demo','2026-12-06 03:06:43.294064','2026-12-06 03:06:43.305407',0);
INSERT INTO "sweep_run" VALUES(66,'sweep','2025-06-11','demo','2026-12-06 03:06:43.307769','2026-12-06 03:06:43.319881',0);
INSERT INTO "sweep_run" VALUES(67,'sweep','2025-06-12','demo','2026-12-06 03:06:43.324604','2026-12-06 03:06:43.336151',0);
INSERT INTO "sweep_run" VALUES(68,'sweep','2025-06-16','demo','2026-12-06 03:06:43.337323','2026-12-06 03:06:43.348286',0);
INSERT INTO "sweep_run" VALUES(69,'sweep','2025-06-17','demo','2026-12-06 03:06:43.350213','2026-12-06 03:06:43.361276',0);
INSERT INTO "sweep_run" VALUES(70,'sweep','2025-06-18','demo','2026-12-06 03:06:43.363010','2026-12-06 03:06:43.381496',0);
INSERT INTO "sweep_run" VALUES(71,'sweep','2025-06-19','demo','2026-12-06 03:06:43.383066','2026-12-06 03:06:43.411971',0);
INSERT INTO "sweep_run" VALUES(72,'sweep','2025-06-24','demo','2026-12-06 03:06:43.412983','2026-12-06 03:06:43.442486',0);
INSERT INTO "sweep_run" VALUES(73,'sweep','2025-06-26','demo','2026-12-06 03:06:43.443542','2026-12-06 03:06:43.463685',0);
INSERT INTO "sweep_run" VALUES(74,'sweep','2025-07-01','demo','2026-12-06 03:06:43.465320','2026-12-06 03:06:43.478804',0);
INSERT INTO "sweep_run" VALUES(75,'sweep','2025-07-03','demo','2026-12-06 03:06:43.479982','2026-12-06 03:06:43.499562',0);
INSERT INTO "sweep_run" VALUES(76,'sweep','2025-07-04','demo','2026-12-06 03:06:43.502462','2026-12-06 03:06:43.519675',0);
INSERT INTO "sweep_run" VALUES(77,'sweep','2025-07-15','demo','2026-12-06 03:06:43.522264','2026-12-06 03:06:43.540969',0);
INSERT INTO "sweep_run" VALUES(78,'sweep','2025-07-16','demo','2026-12-06 03:06:43.542929','2026-12-06 03:06:43.555380',0);
INSERT INTO "sweep_run" VALUES(79,'sweep','2025-07-17','demo','2026-12-06 03:06:43.556398','2026-12-06 03:06:43.568264',0);
INSERT INTO "sweep_run" VALUES(80,'sweep','2025-07-18','demo','2026-12-06 03:06:43.573144','2026-12-06 03:06:43.608973',0);
INSERT INTO "sweep_run" VALUES(81,'sweep','2025-07-21','demo','2026-12-06 03:06:43.609968','2026-12-06 03:06:43.633626',0);
INSERT INTO "sweep_run" VALUES(82,'sweep','2025-07-22','demo','2026-12-06 03:06:43.634922','2026-12-06 03:06:43.668889',1);
INSERT INTO "sweep_run" VALUES(83,'sweep','2025-07-23','demo','2026-12-06 03:06:43.673498','2026-12-06 03:06:43.688873',0);
INSERT INTO "sweep_run" VALUES(84,'sweep','2025-07-25','demo','2026-12-06 03:06:43.690473','2026-12-06 03:06:43.704189',0);
INSERT INTO "sweep_run" VALUES(85,'sweep','2025-07-29','demo','2026-12-06 03:06:43.705441','2026-12-06 03:06:43.722076',0);
INSERT INTO "sweep_run" VALUES(86,'sweep','2025-07-30','demo','2026-12-06 03:06:43.723221','2026-12-06 03:06:43.737162',0);
INSERT INTO "sweep_run" VALUES(87,'sweep','2025-07-31','demo','2026-12-06 03:06:43.738929','2026-12-06 03:06:43.752465',0);
INSERT INTO "sweep_run" VALUES(88,'sweep','2025-08-01','demo','2026-12-06 03:06:43.755573','2026-12-06 03:06:43.777015',0);
INSERT INTO "sweep_run" VALUES(89,'sweep','2025-08-05','demo','2026-12-06 03:06:43.779420','2026-12-06 03:06:43.801840',1);
INSERT INTO "sweep_run" VALUES(90,'sweep','2025-08-06','demo','2026-12-06 03:06:43.803877','2026-12-06 03:06:43.824021',0);
INSERT INTO "sweep_run" VALUES(91,'sweep','2025-08-08','demo','2026-12-06 03:06:43.829057','2026-12-06 03:06:43.848246',0);
INSERT INTO "sweep_run" VALUES(92,'sweep','2025-08-11','demo','2026-12-06 03:06:43.849527','2026-12-06 03:06:43.867850',0);
INSERT INTO "sweep_run" VALUES(93,'sweep','2025-08-13','demo','2026-12-06 03:06:43.871854','2026-12-06 03:06:43.899718',0);
INSERT INTO "sweep_run" VALUES(94,'sweep','2025-08-14','demo','2026-12-06 03:06:43.901932','2026-12-06 03:06:43.923153',0);
INSERT INTO "sweep_run" VALUES(95,'sweep','2025-08-15','demo','2026-12-06 03:06:43.924160','2026-12-06 03:06:43.945550',0);
INSERT INTO "sweep_run" VALUES(96,'sweep','2025-08-18','demo','2026-12-06 03:06:43.946830','2026-12-06 03:06:43.965399',0);
INSERT INTO "sweep_run" VALUES(97,'sweep','2025-08-19','demo','2026-12-06 03:06:43.966658','2026-12-06 03:06:43.983220',0);
INSERT INTO "sweep_run" VALUES(98,'sweep','2025-08-20','demo','2026-12-06 03:06:43.985337','2026-12-06 03:06:44.007548',0);
INSERT INTO "sweep_run" VALUES(99,'sweep','2025-08-21','demo','2026-12-06 03:06:44.019994','2026-12-06 03:06:44.035738',0);
INSERT INTO "sweep_run" VALUES(100,'sweep','2025-08-22','demo','2026-12-06 03:06:44.041737','2026-12-06 03:06:44.068689',0);
INSERT INTO "sweep_run" VALUES(101,'sweep','2025-08-25','demo','2026-12-06 03:06:44.085112','2026-12-06 03:06:44.119469',1);
INSERT INTO "sweep_run" VALUES(102,'sweep','2025-08-26','demo','2026-12-06 03:06:44.121967','2026-12-06 03:06:44.153642',0);
INSERT INTO "sweep_run" VALUES(103,'sweep','2025-08-27','demo','2026-12-06 03:06:44.155201','2026-12-06 03:06:44.194367',0);
INSERT INTO "sweep_run" VALUES(104,'sweep','2025-08-28','demo','2026-12-06 03:06:44.195518','2026-12-06 03:06:44.228043',0);
INSERT INTO "sweep_run" VALUES(105,'sweep','2025-09-02','demo','2026-12-06 03:06:44.233399','2026-12-06 03:06:44.263025',0);
INSERT INTO "sweep_run" VALUES(106,'sweep','2025-09-03','demo','2026-12-06 03:06:44.270212','2026-12-06 03:06:44.295347',0);
INSERT INTO "sweep_run" VALUES(107,'sweep','2025-09-15','demo','2026-12-06 03:06:44.301267','2026-12-06 03:06:44.325662',0);
INSERT INTO "sweep_run" VALUES(108,'sweep','2025-09-16','demo','2026-12-06 03:06:44.326810','2026-12-06 03:06:44.361663',0);
INSERT INTO "sweep_run" VALUES(109,'sweep','2025-09-17','demo','2026-12-06 03:06:44.362951','2026-12-06 03:06:44.389376',0);
INSERT INTO "sweep_run" VALUES(110,'sweep','2025-09-18','demo','2026-12-06 03:06:44.391141','2026-12-06 03:06:44.407990',0);
INSERT INTO "sweep_run" VALUES(111,'sweep','2025-09-19','demo','2026-12-06 03:06:44.412045','2026-12-06 03:06:44.430775',0);
INSERT INTO "sweep_run" VALUES(112,'sweep','2025-09-24','demo','2026-12-06 03:06:44.431802','2026-12-06 03:06:44.450996',0);
INSERT INTO "sweep_run" VALUES(113,'sweep','2025-09-25','demo','2026-12-06 03:06:44.453302','2026-12-06 03:06:44.468107',0);
INSERT INTO "sweep_run" VALUES(114,'sweep','2025-09-26','demo','2026-12-06 03:06:44.470747','2026-12-06 03:06:44.486833',0);
INSERT INTO "sweep_run" VALUES(115,'sweep','2025-10-15','demo','2026-12-06 03:06:44.487776','2026-12-06 03:06:44.507170',0);
INSERT INTO "sweep_run" VALUES(116,'sweep','2025-10-17','demo','2026-12-06 03:06:44.508320','2026-12-06 03:06:44.528168',0);
INSERT INTO "sweep_run" VALUES(117,'sweep','2025-10-20','demo','2026-12-06 03:06:44.531012','2026-12-06 03:06:44.551175',0);
INSERT INTO "sweep_run" VALUES(118,'sweep','2025-10-21','demo','2026-12-06 03:06:44.552105','2026-12-06 03:06:44.567622',0);
INSERT INTO "sweep_run" VALUES(119,'sweep','2025-10-22','demo','2026-12-06 03:06:44.570507','2026-12-06 03:06:44.587543',0);
INSERT INTO "sweep_run" VALUES(120,'sweep','2025-10-23','demo','2026-12-06 03:06:44.592331','2026-12-06 03:06:44.611981',0);
INSERT INTO "sweep_run" VALUES(121,'sweep','2025-10-24','demo','2026-12-06 03:06:44.613625','2026-12-06 03:06:44.639899',0);
INSERT INTO "sweep_run" VALUES(122,'sweep','2025-10-27','demo','2026-12-06 03:06:44.645621','2026-12-06 03:06:44.663382',0);
INSERT INTO "sweep_run" VALUES(123,'sweep','2025-10-28','demo','2026-12-06 03:06:44.664792','2026-12-06 03:06:44.681845',0);
INSERT INTO "sweep_run" VALUES(124,'sweep','2025-10-29','demo','2026-12-06 03:06:44.683338','2026-12-06 03:06:44.703421',0);
INSERT INTO "sweep_run" VALUES(125,'sweep','2025-10-31','demo','2026-12-06 03:06:44.705783','2026-12-06 03:06:44.726131',0);
INSERT INTO "sweep_run" VALUES(126,'sweep','2025-11-04','demo','2026-12-06 03:06:44.727852','2026-12-06 03:06:44.747660',0);
INSERT INTO "sweep_run" VALUES(127,'sweep','2025-11-05','demo','2026-12-06 03:06:44.753606','2026-12-06 03:06:44.773309',0);
INSERT INTO "sweep_run" VALUES(128,'sweep','2025-11-06','demo','2026-12-06 03:06:44.774225','2026-12-06 03:06:44.799679',0);
INSERT INTO "sweep_run" VALUES(129,'sweep','2025-11-07','demo','2026-12-06 03:06:44.805020','2026-12-06 03:06:44.828437',0);
INSERT INTO "sweep_run" VALUES(130,'sweep','2025-11-14','demo','2026-12-06 03:06:44.836840','2026-12-06 03:06:44.861086',1);
INSERT INTO "sweep_run" VALUES(131,'sweep','2025-11-17','demo','2026-12-06 03:06:44.862777','2026-12-06 03:06:44.888228',1);
INSERT INTO "sweep_run" VALUES(132,'sweep','2025-11-19','demo','2026-12-06 03:06:44.895776','2026-12-06 03:06:44.928489',2);
INSERT INTO "sweep_run" VALUES(133,'sweep','2025-11-20','demo','2026-12-06 03:06:44.932278','2026-12-06 03:06:44.955111',1);
INSERT INTO "sweep_run" VALUES(134,'sweep','2025-11-24','demo','2026-12-06 03:06:44.960331','2026-12-06 03:06:44.983451',1);
INSERT INTO "sweep_run" VALUES(135,'sweep','2025-11-25','demo','2026-12-06 03:06:44.989466','2026-12-06 03:06:45.007720',0);
INSERT INTO "sweep_run" VALUES(136,'sweep','2025-11-28','demo','2026-12-06 03:06:45.011723','2026-12-06 03:06:45.045438',0);
INSERT INTO "sweep_run" VALUES(137,'sweep','2025-12-02','demo','2026-12-06 03:06:45.046603','2026-12-06 03:06:45.073164',0);
INSERT INTO "sweep_run" VALUES(138,'sweep','2025-12-03','demo','2026-12-06 03:06:45.074563','2026-12-06 03:06:45.094483',0);
INSERT INTO "sweep_run" VALUES(139,'sweep','2025-12-04','demo','2026-12-06 03:06:45.095641','2026-12-06 03:06:45.123643',0);
INSERT INTO "sweep_run" VALUES(140,'sweep','2025-12-05','demo','2026-12-06 03:06:45.125929','2026-12-06 03:06:45.150469',0);
INSERT INTO "sweep_run" VALUES(141,'sweep','2025-12-08','demo','2026-12-06 03:06:45.151728','2026-12-06 03:06:45.178075',0);
INSERT INTO "sweep_run" VALUES(142,'sweep','2025-12-09','demo','2026-12-06 03:06:45.179992','2026-12-06 03:06:45.206185',0);
INSERT INTO "sweep_run" VALUES(143,'sweep','2025-12-10','demo','2026-12-06 03:06:45.207427','2026-12-06 03:06:45.239823',0);
INSERT INTO "sweep_run" VALUES(144,'sweep','2025-12-11','demo','2026-12-06 03:06:45.246008','2026-12-06 03:06:45.274447',0);
INSERT INTO "sweep_run" VALUES(145,'sweep','2025-12-18','demo','2026-12-06 03:06:45.275356','2026-12-06 03:06:45.299225',0);
INSERT INTO "sweep_run" VALUES(146,'sweep','2025-12-22','demo','2026-12-06 03:06:45.300169','2026-12-06 03:06:45.327247',0);
INSERT INTO "sweep_run" VALUES(147,'sweep','2025-12-23','demo','2026-12-06 03:06:45.334319','2026-12-06 03:06:45.358283',0);
INSERT INTO "sweep_run" VALUES(148,'sweep','2025-12-24','demo','2026-12-06 03:06:45.359751','2026-12-06 03:06:45.387910',0);
INSERT INTO "sweep_run" VALUES(149,'sweep','2025-12-25','demo','2026-12-06 03:06:45.394396','2026-12-06 03:06:45.427201',0);
INSERT INTO "sweep_run" VALUES(150,'sweep','2025-12-29','demo','2026-12-06 03:06:45.432942','2026-12-06 03:06:45.457355',0);
INSERT INTO "sweep_run" VALUES(151,'sweep','2025-12-30','demo','2026-12-06 03:06:45.459013','2026-12-06 03:06:45.483826',0);
INSERT INTO "sweep_run" VALUES(152,'sweep','2026-01-06','demo','2026-12-06 03:06:45.489339','2026-12-06 03:06:45.513333',0);
INSERT INTO "sweep_run" VALUES(153,'sweep','2026-01-08','demo','2026-12-06 03:06:45.514997','2026-12-06 03:06:45.548994',0);
INSERT INTO "sweep_run" VALUES(154,'sweep','2026-01-09','demo','2026-12-06 03:06:45.550362','2026-12-06 03:06:45.566325',0);
INSERT INTO "sweep_run" VALUES(155,'sweep','2026-01-14','demo','2026-12-06 03:06:45.567655','2026-12-06 03:06:45.579002',0);
INSERT INTO "sweep_run" VALUES(156,'sweep','2026-01-15','demo','2026-12-06 03:06:45.580075','2026-12-06 03:06:45.592213',0);
INSERT INTO "sweep_run" VALUES(157,'sweep','2026-01-16','demo','2026-12-06 03:06:45.593375','2026-12-06 03:06:45.605141',0);
INSERT INTO "sweep_run" VALUES(158,'sweep','2026-01-19','demo','2026-12-06 03:06:45.606420','2026-12-06 03:06:45.620979',0);
INSERT INTO "sweep_run" VALUES(159,'sweep','2026-01-26','demo','2026-12-06 03:06:45.622343','2026-12-06 03:06:45.636410',0);
INSERT INTO "sweep_run" VALUES(160,'sweep','2026-12-06','demo','2026-12-06 03:06:45.691638','2026-12-06 03:06:45.706002',13);
CREATE TABLE user_role (
	id INTEGER NOT NULL, 
	user_id INTEGER NOT NULL, 
	agency_id INTEGER NOT NULL, 
	role VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_user_role PRIMARY KEY (id), 
	CONSTRAINT fk_user_role_agency_id_agency FOREIGN KEY(agency_id) REFERENCES agency (id), 
	CONSTRAINT fk_user_role_user_id_app_user FOREIGN KEY(user_id) REFERENCES app_user (id), 
	CONSTRAINT uq_user_role_user_id_agency_id_role UNIQUE (user_id, agency_id, role)
);
INSERT INTO "user_role" VALUES(1,1,2,'clerk');
INSERT INTO "user_role" VALUES(2,2,2,'clerk');
INSERT INTO "user_role" VALUES(3,3,2,'reviewer');
INSERT INTO "user_role" VALUES(4,4,2,'head');
INSERT INTO "user_role" VALUES(5,5,2,'supervisor');
CREATE TABLE web_session (
	id VARCHAR(64) NOT NULL, 
	user_id INTEGER NOT NULL, 
	csrf_token VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	last_seen_at DATETIME NOT NULL, 
	ended_at DATETIME, 
	CONSTRAINT pk_web_session PRIMARY KEY (id), 
	CONSTRAINT fk_web_session_user_id_app_user FOREIGN KEY(user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_agency_parent_id ON agency (parent_id);
CREATE INDEX ix_sweep_run_job_date ON sweep_run (job, business_date);
CREATE INDEX ix_case_agency_concluded ON disclosure_case (agency_id, concluded_on, outcome, applicant_type);
CREATE INDEX ix_case_agency_received ON disclosure_case (agency_id, received_on, applicant_type);
CREATE INDEX ix_case_agency_state ON disclosure_case (agency_id, state);
CREATE INDEX ix_case_clerk_state ON disclosure_case (clerk_id, state);
CREATE INDEX ix_user_role_agency_role ON user_role (agency_id, role);
CREATE INDEX ix_fee_agency_paid ON fee_notice (agency_id, paid_on);
CREATE INDEX ix_fee_agency_sent ON fee_notice (agency_id, sent_on);
CREATE INDEX ix_fee_notice_case_id ON fee_notice (case_id);
CREATE INDEX ix_letter_case_id ON letter (case_id);
CREATE INDEX ix_outbox_status_next ON outbox (status, next_attempt_at);
CREATE INDEX ix_proceeding_agency_filed ON proceeding (agency_id, filed_on);
CREATE INDEX ix_proceeding_case_id ON proceeding (case_id);
CREATE INDEX ix_clock_event_case_id ON clock_event (case_id);
CREATE TRIGGER case_event_no_update BEFORE UPDATE ON case_event BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END;
CREATE TRIGGER case_event_no_delete BEFORE DELETE ON case_event BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END;
CREATE INDEX ix_clock_sweep ON clock (status, kind, due_on, target_on, provisional, case_id);
CREATE INDEX ix_case_agency_concluded_received ON disclosure_case (agency_id, concluded_on, received_on, applicant_type);
CREATE INDEX ix_security_log_user_kind_at ON security_log (user_name, kind, at);
CREATE INDEX ix_web_session_user_id ON web_session (user_id);
CREATE INDEX ix_clock_queue ON clock (due_on, case_id) WHERE kind = 'reply' AND party = '' AND status IN ('running', 'paused', 'stopped');
CREATE TRIGGER security_log_no_update BEFORE UPDATE ON security_log BEGIN SELECT RAISE(ABORT, 'security_log is append-only'); END;
CREATE TRIGGER security_log_no_delete BEFORE DELETE ON security_log BEGIN SELECT RAISE(ABORT, 'security_log is append-only'); END;
CREATE TRIGGER report_entry_no_update BEFORE UPDATE ON report_entry BEGIN SELECT RAISE(ABORT, 'report_entry is append-only'); END;
CREATE TRIGGER report_entry_no_delete BEFORE DELETE ON report_entry BEGIN SELECT RAISE(ABORT, 'report_entry is append-only'); END;
COMMIT;
