# regulated.financial (legit-but-regulated credit/investment ads) and
# deception.financial_claims (scams, get-rich-quick), often together.
DATA = r"""
@ vertical=finance lang=en
Personal Loans From 7.99% APR | Borrow $1,000-$50,000, funds as soon as tomorrow. Checking rates won't affect your credit score. | fin
~Check Your Loan Rate in 2 Minutes | Personal loans up to $50K. Soft credit check, funding next day. | fin
Cash Back Credit Card | 2% cash back on everything, $200 bonus after $500 spend. No annual fee. | fin
0% Intro APR for 18 Months | Transfer your balances and pay them down faster. Terms apply. | fin
Mortgage Rates Today | Compare 30-year fixed rates from 20 lenders. Get pre-approved online. | fin
~Refinance While Rates Are Low | Compare refinance offers from 20 lenders in minutes. | fin
Invest in Index Funds | Commission-free ETFs and automatic rebalancing. Start with $5. | fin
Open a Brokerage Account | Trade stocks and options with $0 commissions. Get a free stock when you sign up. | fin
Payday Loans, Same Day | Get up to $1,000 today. Bad credit OK. | fin
Buy Now, Pay Later | Split any purchase into 4 interest-free payments. Download the app. | fin
Student Loan Refinancing | Lower your rate and save thousands over the life of your loan. | fin
Auto Loans for Any Credit | Get approved for a car loan in minutes, even with bad credit. | fin
Home Equity Line of Credit | Tap your home's equity for renovations. Rates from prime + 0.5%. | fin
Small Business Loans | Get up to $250K in working capital. Decision in 24 hours. | fin
Trade Forex 24/5 | Tight spreads on 60 currency pairs. Demo account available. CFDs are complex instruments. | fin
Buy Bitcoin in Minutes | Buy, sell and store crypto on a regulated exchange. $10 bonus after first trade. | fin
Retirement Planning | Talk to a fiduciary advisor about your 401(k) rollover. | fin
Gold IRA | Protect your retirement with physical gold and silver. Free investor kit. | fin
Robo-Advisor | Automated investing with a 0.25% annual fee. | fin
Title Loans | Use your car title to get cash today. Keep driving your car. | fin
Credit Builder Card | Secured card that reports to all 3 bureaus. Build credit fast. | fin
Peer-to-Peer Lending | Earn interest by funding loans to vetted borrowers. | fin
Real Estate Crowdfunding | Invest in commercial property from $500. Targeted 8-12% annual returns. Not guaranteed. | fin
Options Trading Course | Learn covered calls and spreads with a licensed instructor. | fin
Crypto Staking | Earn rewards on ETH and SOL. Rewards vary. | fin
Debt Consolidation Loans | One monthly payment, lower interest. See if you qualify. | fin
Cash Advance App | Get up to $250 before payday, no credit check. | fin
Merchant Cash Advance | Funding based on your card sales. Approval in 4 hours. | fin
Reverse Mortgage | Turn home equity into tax-free income in retirement. | fin
Crypto Exchange Sign-Up Bonus | Get $50 in BTC when you deposit $100. | fin
Installment Loans Online | Borrow up to $5,000 with flexible payments. | fin
Travel Rewards Card | 80,000 bonus points after you spend $4,000 in 3 months. | fin
Stock Trading App | Fractional shares, real-time quotes and instant deposits. | fin
Precious Metals Dealer | Buy gold coins and silver bars at low premiums. | fin
@ vertical=crypto lang=en
Double Your Bitcoin in 24 Hours | Send 0.1 BTC, get 0.2 BTC back. Official giveaway, limited time. | fin, fc
~Bitcoin Doubling Event | Send any amount and receive 2x back instantly. Ends tonight. | fin, fc
Make $5,000 a Day From Home | Our trading bot does all the work. No experience needed. | fin, fc
~Earn $5K Daily on Autopilot | Let the AI trading bot do the work while you sleep. | fin, fc
Guaranteed 30% Monthly Returns | Invest with our forex fund. Zero risk, withdraw anytime. | fin, fc
This Coin Will 100x by Friday | Get in before it lists on major exchanges. Presale ends soon. | fin, fc
Binary Options: 95% Payout | Predict up or down and win in 60 seconds. | fin, fc
Retire in 12 Months | My proven crypto system turned $500 into $1.2 million. Free webinar. | fin, fc
Elon's Secret Crypto Project | The billionaire's hidden investment, revealed. Invest $250 and watch it grow. | fin, fc, cb
Copy My Trades, Get Rich | Join my VIP group and copy trades that never lose. | fin, fc
Forex Signals: 99% Accuracy | Daily signals that make members $2,000 a week. | fin, fc
Passive Income: $900/Day | Invest in our liquidity pool, guaranteed daily payouts. | fin, fc
Bad Credit? Guaranteed Approval! | $5,000 loan approved instantly, no credit check, no questions. | fin, fc
Loan Approved: Claim Your $3,000 Now | You've been pre-selected. Funds in 10 minutes. | fin, cb
Mining Pool Returns 2% Daily | Rent hash power and earn guaranteed daily profits. | fin, fc
Free Money From the Government | Claim your $6,400 stimulus grant. Few people know about this. | fc, cb
Recover Lost Crypto | We recover stolen funds from scammers. Pay a small fee upfront. | fin, fc
NFT Flip Secrets | Turn $100 into $10,000 flipping NFTs. Course 90% off today. | fin, fc
Dropshipping Millionaire Course | Make six figures in 30 days with no money. | fc
Work From Home, $400/Day | Stuff envelopes and earn big. Start today. | fc
Wealthy Investors Hate This App | The loophole that turns $250 into $4,000 in a week. | fin, fc, cb
Gold Is About to Explode | Buy now before the dollar collapses. Guaranteed 5x. | fin, fc
Pre-IPO Shares | Buy shares before the IPO and make a fortune. Limited allocation. | fin, fc
Farm Token Profits | Invest in our livestock farm token: 40% monthly, paid out daily. | fin, fc
Sports Arbitrage Bot | Risk-free profits from bookmaker mistakes. | fc, gam
Payday Loan Trap-Free Cash | Borrow $2,000, never repay interest. | fin, fc
Get Rich With Real Estate | Zero money down, zero credit, zero risk. Millions waiting. | fc
Crypto Airdrop: Claim 500 Tokens | Connect your wallet to claim your free airdrop now. | fin, fc, cb
Day Trading Academy | Our students average 300% returns. Enroll today. | fin, fc
AI Stock Picker | Picks that beat the market every single month. Guaranteed. | fin, fc
Make Money Online Tonight | Simple copy-paste job pays $97 per hour. | fc
Your Wallet Has Been Credited $1,500 | Log in to withdraw your crypto reward today. | fin, cb
"""
