export function App() {
  return (
    <main>
      <h1>International Solidarity Assessment</h1>
    </main>
  )
}
