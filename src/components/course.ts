// Everything a lesson author embeds, from one place:
//   import { PerceptronDiagram, WeightedSumCalculator } from '~/components/course';
// Figures are Astro components (no JavaScript shipped); widgets are Preact
// islands wrapped in Astro components that hydrate them (client:visible), so
// authors write <WeightedSumCalculator /> with no directive.
export { default as LessonList } from './LessonList.astro';
export { default as NestedSetsDiagram } from './figures/NestedSetsDiagram.astro';
export { default as LogLossPlot } from './figures/LogLossPlot.astro';
export { default as WeightedSumCalculator } from '../widgets/weighted-sum/WeightedSumCalculator.astro';
export { default as PerceptronDiagram } from './figures/PerceptronDiagram.astro';
export { default as LogicGatesPlot } from './figures/LogicGatesPlot.astro';
export { default as ContourDescent } from './figures/ContourDescent.astro';
export { default as ActivationSparkline } from './figures/ActivationSparkline.astro';
export { default as MaxoutPlot } from './figures/MaxoutPlot.astro';
export { default as ComputationGraph } from './figures/ComputationGraph.astro';
export { default as LayeredNetworkDiagram } from './figures/LayeredNetworkDiagram.astro';
export { default as DropoutNetwork } from './figures/DropoutNetwork.astro';
export { default as LossCurves } from './figures/LossCurves.astro';
export { default as TeacherOverview } from './TeacherOverview.astro';
export { default as ForwardPass } from '../widgets/forward-pass/ForwardPass.astro';
export { default as SoftmaxExplorer } from '../widgets/softmax/SoftmaxExplorer.astro';
export { default as PerceptronLab } from '../widgets/perceptron/PerceptronLab.astro';
export { default as ActivationExplorer } from '../widgets/activations/ActivationExplorer.astro';
export { default as GradientDescentLab } from '../widgets/descent/GradientDescentLab.astro';
export { default as BackpropStepper } from '../widgets/backprop/BackpropStepper.astro';
export { default as InitExperiment } from '../widgets/init-experiment/InitExperiment.astro';
export { default as Poll } from './Poll.astro';
export { default as TrainingPlayground } from '../widgets/playground/TrainingPlayground.astro';
export { default as DropoutDemo } from '../widgets/dropout/DropoutDemo.astro';
export { default as BatchNormDemo } from '../widgets/batch-norm/BatchNormDemo.astro';
export { default as HiddenSpace } from '../widgets/hidden-space/HiddenSpace.astro';
