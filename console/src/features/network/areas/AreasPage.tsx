import { useState } from 'react';
import { Card, Col, Empty, Row, Typography } from 'antd';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n/I18nProvider';
import { CountySelect } from '../CountySelect';
import { AREAS_PATH, type Area } from '../model';
import { useCounty } from '../useCounty';
import { AreaDetails } from './AreaDetails';
import { AreaTree } from './AreaTree';
import { VillagesTable } from './VillagesTable';

/** 行政区划 — the county's area tree with population and urban key areas; the villages under the chosen area. */
export default function AreasPage() {
  const { t } = useI18n();
  const { counties, county, setCounty, error } = useCounty();
  const [selected, setSelected] = useState<Area | undefined>();
  const countyArea = counties.find((c) => c.code === county);
  return (
    <Card title={t('network.areas.title')} extra={<CountySelect counties={counties} value={county} onChange={(c) => { setCounty(c); setSelected(undefined); }} />}>
      {error && <ProblemAlert error={error} path={AREAS_PATH} />}
      <Row gutter={24}>
        <Col xs={24} lg={10}>
          {countyArea ? <AreaTree key={countyArea.code} county={countyArea} onSelect={setSelected} /> : <Empty />}
        </Col>
        <Col xs={24} lg={14}>
          {selected ? (
            <>
              <AreaDetails area={selected} />
              {selected.level !== 'VILLAGE' && (
                <>
                  <Typography.Title level={5} style={{ marginTop: 16 }}>
                    {t('network.areas.villagesUnder', { name: selected.name })}
                  </Typography.Title>
                  <VillagesTable key={selected.code} areaCode={selected.code} />
                </>
              )}
            </>
          ) : (
            <Empty description={t('network.areas.pick')} />
          )}
        </Col>
      </Row>
    </Card>
  );
}
