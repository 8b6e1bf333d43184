// Benchmark peer: the smallest useful SurveyJS form — one yes/partly/no question — so that its
// first-screen JavaScript can be set beside the app's in `npm run bench`.
import { createRoot } from 'react-dom/client'
import { Model } from 'survey-core'
import { Survey } from 'survey-react-ui'
import 'survey-core/survey-core.min.css'

const model = new Model({
  elements: [
    {
      type: 'radiogroup',
      name: 'q1',
      title: 'Does the cooperation strategy set an objective on poverty?',
      choices: ['Yes', 'Partly', 'No'],
    },
  ],
})

createRoot(document.getElementById('root')!).render(<Survey model={model} />)
