# Violations / regulated: gambling (casinos, sportsbooks, poker, lottery,
# sweepstakes/social casinos), with clickbait and financial-claim co-labels.
DATA = r"""
@ vertical=gambling lang=en
Online Casino: 200% Welcome Bonus | Deposit $50, play with $150. 1,000+ slots and live dealer tables. 21+. | gam
~Triple Your First Deposit | 200% casino bonus on your first deposit. Slots, blackjack and roulette. | gam
Bet $5, Get $200 in Bonus Bets | New customers at Apex Sportsbook. Win or lose. 21+, terms apply. | gam
~$200 Bonus Bets on Your First $5 | Sign up to Apex Sportsbook today. 21+. | gam
Play Poker Online | Tournaments every 15 minutes with $1M guaranteed on Sundays. | gam
Free Spins Every Day | Log in daily for 50 free spins at Lucky Coin Casino. No deposit needed. | gam
Sweepstakes Casino: Win Real Prizes | Play slots with Sweeps Coins and redeem for cash. Legal in most states. | gam
NFL Odds Boosts | Boosted parlays on every Sunday game. Bet now at Gridline. | gam
Lottery Jackpot $480 Million | Buy your Powerball tickets online in seconds. | gam
Bingo Hall Cash Games | Daily cash bingo sessions, $5 buy-in, progressive jackpots. | gam
Vegas Casino Hotel Packages | Stay 2 nights, get $100 free play and a buffet for two. | gam
Horse Racing Bets | Bet on every race from Churchill Downs to Ascot. Live streaming included. | gam
Fantasy Football Cash Contests | Draft a team, win cash every week. $10 entry, $1M prize pool. | gam
Live Dealer Blackjack | Real dealers streamed in HD. Tables from $1. | gam
Esports Betting | Bet on CS2, Dota 2 and LoL. Live odds, fast payouts. | gam
Crypto Casino | Play with BTC and ETH. Instant withdrawals, no KYC. | gam, fin
Scratch Cards Online | Instant win scratchers from $0.50. Prizes up to $250,000. | gam
Casino Cruise | Sail to international waters and play all night. Free boarding. | gam
Social Casino: Play Free Slots | 10 million free coins to start. Vegas-style slots on your phone. | gam
~Free Slots, Vegas Style | Spin 200+ slot machines with free coins every hour. | gam
Roulette Strategy Tables | Practice with our demo, then play for real money. | gam
March Madness Bracket Betting | Place your bets on every game. Bonus for new players. | gam
Poker Room Grand Opening | Cash games and nightly tournaments. Free $50 in chips for new members. | gam
Daily Jackpot Bingo | Win up to $5,000 every night. Tickets from 10 cents. | gam
Boxing Fight Night Odds | Bet the main event with boosted odds on a knockout. | gam
Lucky 7 Slots | New slot machines just added. Play and win big tonight. | gam
Keno Online | Pick your numbers and win up to 10,000x. | gam
Sportsbook App | Bet in-game, cash out anytime. Download now. | gam
Casino Loyalty Club | Earn comps on every spin. Free rooms, meals and shows. | gam
@ vertical=gambling lang=en
YOU WON 500 FREE SPINS!!! | Congratulations! Tap to claim before the timer runs out. 00:59 | gam, cb
~Congratulations, Winner! | 500 free spins are waiting. Claim in the next 60 seconds! | gam, cb
Guaranteed Win System | Our betting algorithm wins 97% of the time. Turn $100 into $10,000 this month. | gam, fc
~Never Lose a Bet Again | AI picks with a 97% hit rate. Grow $100 to $10K. | gam, fc
Quit Your Job, Bet for a Living | Our VIP tips made members $8,000 last month. Join now. | gam, fc
Jackpot Hit! Someone in Your City Just Won $2.3M | Are you next? Play now. | gam, cb
Casino Losses? Win Them Back Tonight | Double deposit bonus for returning players. | gam
Bet Your Paycheck on Tonight's Game | Max payout odds, instant deposits. | gam
Bored? Spin to Win | Free coins, real prizes. Download Lucky Spin. | gam
Teens Love Our Free Slots | No age check, just spin and win. | gam
Best Online Casinos Ranked | We tested 40 casinos so you don't have to. See the top 5 bonuses. | gam
Bet Against Your Friends | Peer-to-peer betting app. Challenge anyone, win their money. | gam
Mobile Casino, No Download | Play slots in your browser instantly. | gam
Deposit With Your Credit Card | Instant casino deposits with any credit card. Play now, pay later. | gam, fin
Sure Bets Daily | Fixed-match tips from insiders. 100% win rate. | gam, fc
Ultimate Poker Tournament | $500 buy-in, $250,000 guaranteed prize pool. Saturday at noon. | gam
Sportsbook Promo Code | Use code BIGWIN for a risk-free first bet up to $1,000. | gam
Slot Machine App | Thousands of slots, daily bonus, mega jackpots. Play now. | gam
Gambling Tips From Pros | Learn how pros beat the house at blackjack. Paid course. | gam
Casino Night Out | Round trip bus to the casino with $25 free slot play. | gam
Lottery Syndicate | Join our group and buy 100 tickets for the price of 1. | gam
Spin the Wheel for $1,000 | Everyone wins something. Free play for new sign-ups. | gam, cb
Last Chance: Bonus Expires in 5 Minutes | Claim your 300% casino bonus before it's gone! | gam, cb
"""
