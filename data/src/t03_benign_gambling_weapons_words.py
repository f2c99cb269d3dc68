# Tricky benign: gambling- and weapon-sounding words used innocently.
# Rules (README): kitchen/utility knives for cooking or work, hunting apparel,
# toy blasters, gunmetal colours, paintball/laser-tag venues, slot cars,
# "bet"/"odds" idioms, card games without stakes are compliant.
DATA = r"""
@ vertical=toys lang=en tricky=1
Slot Car Racing Sets | Classic 1:32 slot car track with two cars and lap counter. $129.
~Slot Car Track, Ages 8+ | Race two cars side by side with digital lap timing. $129.
Water Blasters for Summer | Pump-action water blasters, 3-pack for backyard battles.
Foam Dart Blaster | Motorized foam dart blaster with 24 darts. Ages 8+.
Bubble Gun for Kids | Makes thousands of bubbles a minute. Batteries included.
Poker Chip Counting Game | Learn math with colorful chips and cards. Ages 5-8.
Roulette-Style Spinner Game | Spin the wheel to pick silly dares for family game night.
Jackpot Gumball Machine | Classic coin-op gumball bank for kids' rooms.
Cowboy Costume for Kids | Hat, vest, sheriff badge and orange-tipped toy cap gun for dress-up. Ages 3-8.
Card Games for Families | Six quick card games, no reading required. Ages 4+.
Dice Games Bundle | Classic dice games for road trips. Pocket-sized tins.
@ vertical=beauty lang=en tricky=1
Poker-Face Mascara | Smudge-proof mascara that holds up through anything. Waterproof.
~Keep a Poker Face | 24-hour smudge-proof mascara. No flakes, no raccoon eyes.
Jackpot Glow Palette | 9 shimmer shades in gold and bronze.
Lucky Streak Nail Polish | Limited-edition green shimmer polish.
Bet You'll Love It | Try our bestselling moisturizer risk-free for 30 days.
All In on Hydration | Hyaluronic serum that plumps and smooths.
Loaded Lashes | Volumizing mascara in carbon black.
@ vertical=retail_fashion lang=en tricky=1
Betting You'll Love These Jeans | Free returns for 60 days. Find your fit.
Gun-Metal Grey Sneakers | Suede low-tops in gun-metal grey with white soles.
Triple-Shot Espresso Mugs | Ceramic mugs for serious coffee drinkers.
Holster-Style Phone Bag | Crossbody phone holster bag in vegan leather.
Royal Flush Pink Hoodie | Soft pink fleece hoodie, unisex sizes.
Ace of Spades Tee | Vintage playing-card graphic tee.
Jackpot Sale Weekend | Everything $20 or less. No code needed.
Hunting Jackets in Blaze Orange | High-visibility orange jackets for fall walks and hunting season safety.
Camo Hunting Pants | Quiet fleece camo pants with knee pads. Apparel only.
~Hunting Apparel Sale | Camo jackets, bibs and gloves 25% off. Clothing only.
Bulletproof Confidence Blazer | Structured blazer that works from desk to dinner.
@ vertical=home_garden lang=en tricky=1
Chef's Knife, 8-Inch | German steel chef's knife for everyday cooking. Lifetime sharpening.
~8" Chef's Knife for Home Cooks | Forged German steel, balanced handle, free sharpening for life.
Kitchen Knife Block Set | Seven-piece knife set with paring, bread and santoku knives.
Japanese Santoku Knife | Hand-forged VG-10 steel for vegetables, fish and meat.
Knife Sharpening Service | We sharpen kitchen knives and scissors while you shop. $5 per blade.
Bread Knife With Serrated Edge | Slices crusty sourdough without crushing it.
Caulking Gun Kit | Smooth-flow caulking gun plus 4 tubes of silicone sealant.
Nail Gun Rental | Framing and finish nailers by the day at Hilltop Hardware.
Glue Gun for Crafts | Dual-temp hot glue gun with 30 sticks.
Heat Gun for Paint Stripping | Variable-temperature heat gun for DIY projects.
Grease Gun for Machinery | Pistol-grip grease gun for tractors and equipment.
Pocket Knife for Camping | Folding utility knife with bottle opener and screwdriver. Blade under 3 inches.
Box Cutters for Warehouses | Safety box cutters with auto-retracting blades. 10-pack.
Shotgun-Style Cottage for Rent | Historic shotgun house in the Marigny, 2 bed, $1,900/month.
Target Practice for Darts | Bristle dartboard and cabinet set for game rooms.
Armory Loft Apartments | Luxury lofts in the converted 1912 armory building downtown.
@ vertical=sports_outdoors lang=en tricky=1
Hunting Boots on Sale | Waterproof insulated boots for long days in the field. 30% off.
Archery Lessons for Beginners | Learn target archery with certified coaches. Bows provided on site.
Golf Shot Tracker | Track every shot and club distance with our app.
Shooting Star Night Hike | Ranger-led hike to watch the Perseid meteor shower. Free, bring a blanket.
Trophy Fish Charters | Half-day fishing charters for striped bass.
Target Practice for Soccer | Rebounder nets for solo training.
Sharpshooter Basketball Camp | Shooting clinic for ages 10-16. Improve your form and range.
Paintball Field | Paintball parties for ages 12+. Rental markers and masks included on site.
Laser Tag Parties | Indoor laser tag arena. Packages for 10-30 players.
Fencing Club | Foil, épée and sabre training for all ages.
Biathlon Skiing Tours | Cross-country skiing tours with a historic range visit. No shooting involved.
Sharp Shooter Photo Contest | Submit your best wildlife photo by June 1. Winners printed in our calendar.
@ vertical=gaming lang=en tricky=1
Poker Night Snacks Box | Chips, dips and nuts for your card night with friends. Delivered.
Chess Openings Course | Learn to win more games with the right opening. Free for members.
Card Collecting App | Scan and track the value of your trading card collection.
Loot Box-Free RPG | No random purchases, just a great story. $29.99 one-time.
Bingo Night at the Library | Free family bingo with book prizes. Thursday 6pm.
Slots Available for Coding Club | Only 8 spots left in our Saturday kids' coding club. Register now.
@ vertical=finance lang=en tricky=1
Bet on Yourself | Free career coaching webinar for first-time job seekers.
Hit the Savings Jackpot | Open a savings account at 4.10% APY. Member FDIC.
Hit the Jackpot on Taxes | Maximize your refund with free filing for simple returns.
Odds Are You Overpay on Insurance | Compare car insurance quotes in 3 minutes.
@ vertical=events lang=en tricky=1
Casino Night Themed Prom | High school prom with a casino-night theme. Play-money games only, no real stakes.
Vegas-Themed Wedding Venue | Neon lights, Elvis officiant and a chapel in Ohio.
Monte Carlo Classic Car Rally | Vintage car rally along the coast. Spectators welcome.
Derby Day Hat Contest | Best hat wins a spa day. No wagering, just fashion.
Shooting Stars Awards Gala | Celebrating young scientists and engineers. Tickets $50.
Gunfight Reenactment Show | Old West stunt show with blanks, twice daily at Frontier Town.
Battle of the Bands | Eight local bands, one trophy. Saturday at The Venue.
Rifle Paper Co Stationery Pop-Up | Floral notebooks and cards. Weekend pop-up shop.
@ vertical=electronics lang=en tricky=1
Shoot in RAW | Mirrorless camera with dual card slots for pro photo shoots.
Action Camera Bullet Mount | Helmet and handlebar mounts for your action cam.
Trigger Buttons for Mobile Gaming | Clip-on triggers for smoother mobile gameplay.
Sniper-Grade Webcam | Crisp 4K webcam with autofocus for streamers.
"""
